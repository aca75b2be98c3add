/**
 * Small-cell protection of a whole table system: every count a report publishes (cells, group sizes, subtotals,
 * the whole sample's margins) is a quantity, and every way two published numbers are tied (a total and its
 * parts) is a relation. A quantity of 1..k−1 people is hidden (primary suppression); then further quantities are
 * hidden (complementary suppression) until
 *   - no relation whose total a reader knows leaves its unknown parts holding 1..k−1 people together (a
 *     subtraction), and
 *   - no hidden quantity of 1..k−1 people is determined by any combination of the relations (linear algebra over
 *     the hidden quantities: a reduced row echelon form whose row is a single unit vector names a value that can
 *     be worked out exactly).
 * This is the standard primary + complementary scheme of statistical disclosure control; it does not solve the
 * optimal (fewest cells) problem, but it never stops while a protected value can be recovered by subtraction.
 */

export interface Quantity {
  /** The respondents behind it: a count, or the n of a statistic. */
  people: number;
  /** False for a number the report never prints but that follows from others (it starts hidden). */
  published: boolean;
  /**
   * How much hiding it costs the reader: 0 for a cell (default), 1 for a subtotal, 2 for a group's size (the group
   * then goes as a whole), 3 for the whole sample. Cheaper quantities are always taken first.
   */
  cost?: number;
  /** Hidden from the start whatever its size (e.g. every number of a suppressed group). */
  forceHidden?: boolean;
}

/** `total` = Σ `parts`, as indices into the quantities. */
export interface Relation {
  total: number;
  parts: readonly number[];
}

/** Candidate complements tried, one by one, for one determined quantity. */
const MAX_TRIALS = 24;

/** Returns one flag per quantity: true when it must not be shown. */
export function protectQuantities(
  quantities: readonly Quantity[],
  relations: readonly Relation[],
  k: number,
): boolean[] {
  const sensitive = quantities.map((q) => q.people > 0 && q.people < k);
  const hidden = quantities.map((q, i) => !q.published || q.forceHidden === true || sensitive[i] === true);
  const relationsOf = new Map<number, number[]>();
  relations.forEach((r, j) => {
    for (const i of [r.total, ...r.parts]) {
      const list = relationsOf.get(i);
      if (list === undefined) relationsOf.set(i, [j]);
      else list.push(j);
    }
  });
  // Order of preference for a complementary suppression: the cheapest tier, a non-zero count (a hidden zero
  // protects nobody), then the smallest count (the least information lost).
  const rank = (i: number): number => {
    const q = quantities[i]!;
    return (q.cost ?? 0) * 1e13 + (q.people === 0 ? 1e12 : 0) + q.people;
  };
  /** The best shown member of the given relations, if any. */
  const bestIn = (candidates: readonly Relation[]): number | undefined => {
    let pick: number | undefined;
    for (const relation of candidates) {
      for (const i of [relation.total, ...relation.parts]) {
        if (!hidden[i] && (pick === undefined || rank(i) < rank(pick))) pick = i;
      }
    }
    return pick;
  };
  const hide = (i: number | undefined): boolean => {
    if (i === undefined) return false;
    hidden[i] = true;
    return true;
  };
  const relationsAround = (i: number) => (relationsOf.get(i) ?? []).map((j) => relations[j]!);
  // A determined hidden quantity stops being determined when the right further quantity is hidden: try the shown
  // members of the relations around it, then ring by ring through the hidden quantities they touch (the
  // determination can run through them), cells before subtotals before group sizes, keeping the first that works.
  // Past MAX_TRIALS, or when none works alone, the cheapest candidate is hidden and the outer loop goes on.
  const undetermine = (i: number): boolean => {
    const seen = new Set([i]);
    const candidates: number[] = [];
    for (let ring = [i]; ring.length > 0;) {
      const around = ring.flatMap(relationsAround);
      const members = [...new Set(around.flatMap((r) => [r.total, ...r.parts]))];
      candidates.push(
        ...members.filter((m) => !hidden[m] && !candidates.includes(m)).sort((a, b) => rank(a) - rank(b)),
      );
      ring = members.filter((m) => hidden[m] && !seen.has(m) && seen.add(m));
    }
    candidates.sort((a, b) => (quantities[a]?.cost ?? 0) - (quantities[b]?.cost ?? 0));
    for (const c of candidates.slice(0, MAX_TRIALS)) {
      hidden[c] = true;
      if (!determinedQuantities(relations, hidden).includes(i)) return true;
      hidden[c] = false;
    }
    return hide(candidates[0]);
  };

  for (;;) {
    let changed = false;
    // What a reader knows: the shown numbers and every hidden one the relations determine.
    const determined = determinedQuantities(relations, hidden);
    const known = new Set(determined);
    quantities.forEach((_, i) => {
      if (!hidden[i]) known.add(i);
    });
    for (const relation of relations) {
      if (!known.has(relation.total)) continue;
      const unknownPeople = relation.parts.reduce(
        (s, i) => s + (known.has(i) ? 0 : (quantities[i]?.people ?? 0)),
        0,
      );
      if (unknownPeople === 0 || unknownPeople >= k) continue;
      // Hide a shown member; if every known member is a determined hidden one, break how one of them is determined.
      const knownHidden = [relation.total, ...relation.parts].filter((i) => hidden[i] && known.has(i));
      if (hide(bestIn([relation])) || knownHidden.some(undetermine)) changed = true;
    }
    if (changed) continue;
    for (const i of determined) {
      if (sensitive[i] && undetermine(i)) changed = true;
    }
    if (!changed) return hidden;
  }
}

/**
 * Hidden quantities whose value follows exactly from the relations and the shown values: the rows of the reduced
 * row echelon form of the relations restricted to the hidden columns that are a single unit vector.
 */
export function determinedQuantities(relations: readonly Relation[], hidden: readonly boolean[]): number[] {
  const columns: number[] = [];
  // column of each hidden quantity, −1 for a published one (called in loops: no Map, no row for a relation
  // without a hidden quantity)
  const columnOf = new Int32Array(hidden.length).fill(-1);
  hidden.forEach((h, i) => {
    if (h) {
      columnOf[i] = columns.length;
      columns.push(i);
    }
  });
  const rows: Float64Array[] = [];
  for (const r of relations) {
    const published = (i: number) => (columnOf[i] ?? -1) < 0;
    if (published(r.total) && r.parts.every(published)) continue;
    const row = new Float64Array(columns.length);
    const add = (i: number, c: number) => {
      const col = columnOf[i] ?? -1;
      if (col >= 0) row[col] = row[col]! + c;
    };
    add(r.total, 1);
    for (const p of r.parts) add(p, -1);
    rows.push(row);
  }
  const EPS = 1e-9;
  let rank = 0;
  const pivotRows: number[] = [];
  for (let col = 0; col < columns.length && rank < rows.length; col++) {
    let best = -1;
    for (let r = rank; r < rows.length; r++) {
      if (
        Math.abs(rows[r]![col]!) > EPS &&
        (best < 0 || Math.abs(rows[r]![col]!) > Math.abs(rows[best]![col]!))
      )
        best = r;
    }
    if (best < 0) continue;
    [rows[rank], rows[best]] = [rows[best]!, rows[rank]!];
    const pivot = rows[rank]!;
    const scale = pivot[col]!;
    for (let c = col; c < columns.length; c++) pivot[c] = pivot[c]! / scale;
    for (let r = 0; r < rows.length; r++) {
      if (r === rank) continue;
      const row = rows[r]!;
      const factor = row[col]!;
      if (Math.abs(factor) <= EPS) continue;
      for (let c = col; c < columns.length; c++) row[c] = row[c]! - factor * pivot[c]!;
    }
    pivotRows.push(col);
    rank++;
  }
  const determined: number[] = [];
  for (let r = 0; r < rank; r++) {
    const row = rows[r]!;
    let nonZero = 0;
    for (let c = 0; c < columns.length && nonZero < 2; c++) if (Math.abs(row[c]!) > EPS) nonZero++;
    if (nonZero === 1) determined.push(columns[pivotRows[r]!]!);
  }
  return determined;
}
