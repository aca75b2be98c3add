import { protectQuantities, type Quantity, type Relation } from './disclosure-control.ts';
import type { RawGroup, RawSummary } from './group-statistics.ts';
import type { Interval } from './inference.ts';
import type { Summary } from './statistics.ts';
import { MIN_N_EXTREMES, MIN_N_RELIABILITY } from './suppression.ts';

/** A group as published: every count or statistic that could single out fewer than `minCell` people is null. */
export interface GroupStats {
  /** Values of the `by` variables (question id → option id); empty for the whole sample. */
  key: Record<string, string>;
  /** `all`, or `FR / Q4-social-worker`. */
  label: string;
  /** Null when hidden. */
  n: number | null;
  /** The group is hidden as a whole (its size could not be published). */
  suppressed: boolean;
  /** Null when hidden. */
  index: CellSummary | null;
  dimensions: { id: string; summary: CellSummary | null; missing: number | null }[];
  /** Respondents without an index (too few dimensions scored); null when hidden. */
  missingIndex: number | null;
  /** Count per level id (null: hidden cell). */
  levels: { id: number; count: number | null }[];
  reliability: DimensionReliability[];
}

/**
 * A published summary: n (the group's n less the missing count) is null when either is hidden; min and max (one
 * person's own value) only from MIN_N_EXTREMES respondents.
 */
export interface CellSummary extends Omit<Summary, 'n'> {
  n: number | null;
  /** 95 % t interval of the mean. */
  interval: Interval | null;
  suppressed: false;
}

export interface DimensionReliability {
  dimension: string;
  /** Complete cases (listwise); null when hidden. */
  n: number | null;
  /** α and item statistics not published (fewer than MIN_N_RELIABILITY complete cases, or a hidden group). */
  suppressed: boolean;
  alpha: number | null;
  /** Feldt's 95 % interval of α. */
  interval: Interval | null;
  /** McDonald's ω total, under the same rule as α. */
  omega: number | null;
  items: { id: string; itemTotal: number | null; alphaIfDeleted: number | null }[];
}

/** Where each published number of a group sits in the quantity list. */
interface Slots {
  n: number;
  levels: number[];
  noIndex: number;
  indexSum: number;
  missing: number[];
  sums: number[];
  complete: number[];
  incomplete: number[];
}

/**
 * Publishes the groups (the whole sample first, then the `by` groups, which partition it): every count and every
 * total enters one disclosure-control problem (protectQuantities) with the relations a reader could use, within a
 * group (a level row plus "no index" adds up to the group size; so do complete and incomplete cases of a dimension)
 * and across groups (each number of the whole sample, including a statistic's sum, mean × n, is the sum of the
 * groups'). A summary's n (group n − missing) is shown only when both are. A group whose size must be hidden is
 * hidden as a whole.
 */
export function publishGroups(raw: readonly RawGroup[], minCell: number): GroupStats[] {
  const wholeHidden = new Set<number>();
  if ((raw[0]?.n ?? 0) < minCell) raw.forEach((_, g) => wholeHidden.add(g));
  raw.forEach((group, g) => {
    if (group.n < minCell) wholeHidden.add(g);
  });
  for (;;) {
    const { quantities, relations, slots } = quantitySystem(raw, wholeHidden);
    const hidden = protectQuantities(quantities, relations, minCell);
    const newlyHidden = slots.flatMap((s, g) => (hidden[s.n] && !wholeHidden.has(g) ? [g] : []));
    if (newlyHidden.length === 0)
      return raw.map((group, g) => publish(group, slots[g]!, hidden, wholeHidden.has(g)));
    for (const g of newlyHidden) wholeHidden.add(g);
  }
}

function quantitySystem(raw: readonly RawGroup[], wholeHidden: ReadonlySet<number>) {
  const quantities: Quantity[] = [];
  const relations: Relation[] = [];
  const slots: Slots[] = raw.map((group, g) => {
    const forceHidden = wholeHidden.has(g);
    const add = (people: number, extra: Partial<Quantity> = {}) =>
      quantities.push({ people, published: true, forceHidden, ...extra }) - 1;
    const indexCount = group.levels.reduce((sum, l) => sum + l.count, 0);
    const s: Slots = {
      n: add(group.n, { cost: g === 0 ? 3 : 2 }),
      levels: group.levels.map((l) => add(l.count)),
      noIndex: add(group.noIndex),
      indexSum: add(indexCount),
      missing: group.dimensions.map((d) => add(d.missing)),
      sums: group.dimensions.map((d) => add(d.summary.n)),
      complete: group.reliability.map((r) => add(r.complete)),
      incomplete: group.reliability.map((r) => add(group.n - r.complete, { published: false })),
    };
    relations.push({ total: s.n, parts: [...s.levels, s.noIndex] });
    s.complete.forEach((complete, j) => relations.push({ total: s.n, parts: [complete, s.incomplete[j]!] }));
    return s;
  });
  // The whole sample's numbers are the sums of the groups' (when there are groups).
  const [all, ...groups] = slots;
  if (all !== undefined && groups.length > 0) {
    const across = (pick: (s: Slots) => number) =>
      relations.push({ total: pick(all), parts: groups.map(pick) });
    for (const field of ['n', 'noIndex', 'indexSum'] as const) across((s) => s[field]);
    for (const field of ['levels', 'missing', 'sums', 'complete', 'incomplete'] as const) {
      all[field].forEach((_, j) => across((s) => s[field][j]!));
    }
  }
  return { quantities, relations, slots };
}

function publish(group: RawGroup, slots: Slots, hidden: readonly boolean[], whole: boolean): GroupStats {
  const count = (slot: number, value: number) => (whole || hidden[slot] ? null : value);
  // A summary's n is the group's n less its missing count: shown only when both are, so it adds nothing to hide.
  const summary = (s: RawSummary, sumSlot: number, missingSlot: number): CellSummary | null => {
    if (whole || hidden[sumSlot] || s.n === 0) return null;
    const extremes = s.n >= MIN_N_EXTREMES;
    return {
      ...s,
      n: whole || hidden[slots.n] || hidden[missingSlot] ? null : s.n,
      min: extremes ? s.min : null,
      max: extremes ? s.max : null,
      interval: s.interval ?? null,
      suppressed: false,
    };
  };
  return {
    key: group.key,
    label: group.label,
    n: count(slots.n, group.n),
    suppressed: whole,
    index: summary(group.index, slots.indexSum, slots.noIndex),
    dimensions: group.dimensions.map((d, j) => ({
      id: d.id,
      summary: summary(d.summary, slots.sums[j]!, slots.missing[j]!),
      missing: count(slots.missing[j]!, d.missing),
    })),
    missingIndex: count(slots.noIndex, group.noIndex),
    levels: group.levels.map((l, i) => ({ id: l.id, count: count(slots.levels[i]!, l.count) })),
    reliability: group.reliability.map((r, j) => {
      const shown = !whole && r.complete >= MIN_N_RELIABILITY;
      return {
        dimension: r.dimension,
        n: count(slots.complete[j]!, r.complete),
        suppressed: !shown,
        alpha: shown ? r.alpha : null,
        interval: shown ? (r.interval ?? null) : null,
        omega: shown ? (r.omega ?? null) : null,
        items: shown ? r.items : [],
      };
    }),
  };
}
