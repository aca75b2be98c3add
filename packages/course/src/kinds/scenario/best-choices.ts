import type { ScenarioSituation } from '../../compiled-course.ts';

/**
 * The best-scored choice ids of a situation, in course order; empty when every choice scores the same (no better
 * choice). Its decisions' correct responses (built into `correctPatterns`) and their result in the player.
 */
export function bestChoices(situation: Pick<ScenarioSituation, 'choices'>): string[] {
  const scores = situation.choices.map((c) => c.score);
  const best = Math.max(...scores);
  if (scores.every((s) => s === best)) return [];
  return situation.choices.filter((c) => c.score === best).map((c) => c.id);
}
