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
    // Sets, not array searches: the rings of a large table system reach thousands of quantities.
    const isCandidate = new Set<number>();
    for (let ring = [i]; ring.length > 0;) {
      const members = new Set<number>();
      for (const q of ring) {
        for (const r of relationsAround(q)) {
          members.add(r.total);
          for (const p of r.parts) members.add(p);
        }
      }
      const fresh = [...members].filter((m) => !hidden[m] && !isCandidate.has(m));
      for (const m of fresh.sort((a, b) => rank(a) - rank(b))) {
        candidates.push(m);
        isCandidate.add(m);
      }
      ring = [...members].filter((m) => hidden[m] && !seen.has(m) && seen.add(m));
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
 * row echelon form of the relations restricted to the hidden columns that are a single unit vector (e_i is in the
 * row space exactly when some pivot row reduces to it, whatever the pivot order). Sorted by quantity index.
 *
 * Sparse Gauss–Jordan elimination: a relation touches a handful of quantities (a group's row) or one per group (a
 * whole-sample margin), so a row keeps only its non-zero entries and each column knows the rows it appears in. A
 * dense matrix made this cubic in the number of groups (24 CPU-s for 111 groups at 2,000 respondents).
 */
export function determinedQuantities(relations: readonly Relation[], hidden: readonly boolean[]): number[] {
  const EPS = 1e-9;
  const rows: Map<number, number>[] = [];
  /** Quantity index → the rows holding a non-zero entry for it (hidden quantities only). */
  const rowsWith = new Map<number, Set<number>>();
  for (const r of relations) {
    const row = new Map<number, number>();
    const add = (i: number, c: number) => {
      if (hidden[i] !== true) return;
      const v = (row.get(i) ?? 0) + c;
      if (Math.abs(v) <= EPS) row.delete(i);
      else row.set(i, v);
    };
    add(r.total, 1);
    for (const p of r.parts) add(p, -1);
    if (row.size === 0) continue;
    const index = rows.push(row) - 1;
    for (const i of row.keys()) {
      const set = rowsWith.get(i);
      if (set === undefined) rowsWith.set(i, new Set([index]));
      else set.add(index);
    }
  }
  const isPivot = new Uint8Array(rows.length);
  const pivotOf = new Map<number, number>();
  const columns = [...rowsWith.keys()].sort((a, b) => a - b);
  for (const col of columns) {
    const holders = rowsWith.get(col)!;
    // Pivot: among the free rows with a large enough entry (partial pivoting with a threshold), the shortest one,
    // so that elimination fills in as little as possible.
    let largest = 0;
    for (const r of holders) if (isPivot[r] === 0) largest = Math.max(largest, Math.abs(rows[r]!.get(col)!));
    if (largest <= EPS) continue;
    let best = -1;
    for (const r of holders) {
      if (isPivot[r] !== 0 || Math.abs(rows[r]!.get(col)!) < 0.1 * largest) continue;
      if (best < 0 || rows[r]!.size < rows[best]!.size) best = r;
    }
    const pivot = rows[best]!;
    const scale = pivot.get(col)!;
    for (const [c, v] of pivot) pivot.set(c, v / scale);
    isPivot[best] = 1;
    pivotOf.set(col, best);
    for (const r of [...holders]) {
      if (r === best) continue;
      const row = rows[r]!;
      const factor = row.get(col)!;
      for (const [c, v] of pivot) {
        const value = (row.get(c) ?? 0) - factor * v;
        if (Math.abs(value) <= EPS || c === col) {
          if (row.delete(c)) rowsWith.get(c)!.delete(r);
        } else {
          if (!row.has(c)) rowsWith.get(c)!.add(r);
          row.set(c, value);
        }
      }
    }
  }
  const determined: number[] = [];
  for (const [col, r] of pivotOf) if (rows[r]!.size === 1) determined.push(col);
  return determined.sort((a, b) => a - b);
}
