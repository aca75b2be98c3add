import type { GroupStats } from '@dlis/analytics';

/** A number an attacker worked out from a published report, and how many people it concerns. */
export interface Recovered {
  key: string;
  value: number;
}

/**
 * What a reader can work out from a published report by subtraction alone, written independently of the
 * protection code from the relations docs/research.md documents (a group's level counts plus "no index" add up to
 * its n, the level counts to the index's n, a dimension's n plus its missing count to the group's n, complete
 * plus incomplete cases to n; every number of the whole sample is the sum of the groups'; a summary's sum is
 * mean × n). Repeats until nothing new comes out. Returns every number it learnt that the report had hidden, and
 * every hidden set whose total it learnt (a relation with a known total and only hidden parts left).
 */
export function subtractionAttack(groups: readonly GroupStats[]): {
  recovered: Recovered[];
  hiddenTotals: { keys: string[]; total: number }[];
} {
  const known = new Map<string, number>();
  const published = new Set<string>();
  const relations: { total: string; parts: string[] }[] = [];
  const note = (key: string, value: number | null | undefined) => {
    if (value === null || value === undefined) return;
    known.set(key, value);
    published.add(key);
  };
  groups.forEach((g, gi) => {
    const k = (field: string) => `${gi}|${field}`;
    note(k('n'), g.n);
    g.levels.forEach((l) => note(k(`L${l.id}`), l.count));
    note(k('noIndex'), g.missingIndex);
    note(k('indexN'), g.index?.n);
    if (g.index !== null && g.index.n !== null && g.index.mean !== null)
      note(k('indexSum'), g.index.mean * g.index.n);
    relations.push({ total: k('n'), parts: [...g.levels.map((l) => k(`L${l.id}`)), k('noIndex')] });
    relations.push({ total: k('indexN'), parts: g.levels.map((l) => k(`L${l.id}`)) });
    g.dimensions.forEach((d) => {
      note(k(`${d.id}.n`), d.summary?.n);
      note(k(`${d.id}.missing`), d.missing);
      if (d.summary !== null && d.summary.n !== null && d.summary.mean !== null)
        note(k(`${d.id}.sum`), d.summary.mean * d.summary.n);
      relations.push({ total: k('n'), parts: [k(`${d.id}.n`), k(`${d.id}.missing`)] });
    });
    g.reliability.forEach((r) => {
      note(k(`${r.dimension}.complete`), r.n);
      relations.push({
        total: k('n'),
        parts: [k(`${r.dimension}.complete`), k(`${r.dimension}.incomplete`)],
      });
    });
  });
  if (groups.length > 1) {
    const fields = [...new Set([...known.keys(), ...relations.flatMap((r) => [r.total, ...r.parts])])]
      .filter((key) => key.startsWith('0|'))
      .map((key) => key.slice(2));
    for (const field of fields) {
      relations.push({ total: `0|${field}`, parts: groups.slice(1).map((_, gi) => `${gi + 1}|${field}`) });
    }
  }
  const recovered: Recovered[] = [];
  for (let changed = true; changed;) {
    changed = false;
    for (const r of relations) {
      const members = [r.total, ...r.parts];
      const unknown = members.filter((m) => !known.has(m));
      if (unknown.length !== 1) continue;
      const [x] = unknown as [string];
      const total = known.get(r.total);
      const partsKnown = r.parts.reduce((s, p) => s + (known.get(p) ?? 0), 0);
      const value = x === r.total ? partsKnown : (total ?? 0) - partsKnown;
      known.set(x, value);
      recovered.push({ key: x, value });
      changed = true;
    }
  }
  const hiddenTotals = relations.flatMap((r) => {
    const total = known.get(r.total);
    const unknown = r.parts.filter((p) => !known.has(p));
    if (total === undefined || unknown.length === 0) return [];
    return [{ keys: unknown, total: total - r.parts.reduce((s, p) => s + (known.get(p) ?? 0), 0) }];
  });
  return { recovered: recovered.filter((x) => !published.has(x.key)), hiddenTotals };
}
