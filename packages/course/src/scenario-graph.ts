/** Scenarios larger than this are refused: they are meant to be short cases, and the checks explore paths. */
export const MAX_SCENARIO_SITUATIONS = 200;
/** Bound on the path search of `scenarioMaxScore` (steps of the depth-first search). */
export const MAX_SCENARIO_SEARCH_STEPS = 1_000_000;

export interface ScenarioGraph {
  start: string;
  situations: readonly { id: string; choices: readonly { score: number; next: string }[] }[];
  endings: readonly { id: string }[];
}

/** Situations reachable from `start` (following choices; endings are not listed). */
export function reachableSituations(g: ScenarioGraph): Set<string> {
  const byId = new Map(g.situations.map((s) => [s.id, s]));
  const seen = new Set<string>();
  const stack = byId.has(g.start) ? [g.start] : [];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const c of byId.get(id)!.choices) if (byId.has(c.next) && !seen.has(c.next)) stack.push(c.next);
  }
  return seen;
}

/** Situations from which some ending can be reached. */
export function situationsReachingAnEnding(g: ScenarioGraph): Set<string> {
  const endings = new Set(g.endings.map((e) => e.id));
  const good = new Set<string>();
  let changed = true;
  while (changed) {
    changed = false;
    for (const s of g.situations) {
      if (good.has(s.id)) continue;
      if (s.choices.some((c) => endings.has(c.next) || good.has(c.next))) {
        good.add(s.id);
        changed = true;
      }
    }
  }
  return good;
}

/**
 * Best total score of a run from `start` to an ending over paths that never revisit a situation
 * (depth-first search). `-Infinity` when no ending can be reached; undefined when the search would take more
 * than MAX_SCENARIO_SEARCH_STEPS steps.
 */
export function scenarioMaxScore(g: ScenarioGraph): number | undefined {
  const byId = new Map(g.situations.map((s) => [s.id, s]));
  const endings = new Set(g.endings.map((e) => e.id));
  const visited = new Set<string>();
  let steps = 0;
  const best = (id: string): number => {
    if (++steps > MAX_SCENARIO_SEARCH_STEPS) throw new RangeError('scenario too complex');
    visited.add(id);
    let result = -Infinity;
    for (const c of byId.get(id)!.choices) {
      if (endings.has(c.next)) result = Math.max(result, c.score);
      else if (byId.has(c.next) && !visited.has(c.next)) result = Math.max(result, c.score + best(c.next));
    }
    visited.delete(id);
    return result;
  };
  if (!byId.has(g.start)) return -Infinity;
  try {
    return best(g.start);
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}
