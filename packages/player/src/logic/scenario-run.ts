import {
  bestChoices,
  type ScenarioBlock,
  type ScenarioEnding,
  type ScenarioSituation,
} from '@dlis/course/compiled';
import type { InteractionRecord } from '@dlis/tracking';
import { describe, type AnswerContext } from './interaction-record.ts';

export interface ScenarioStep {
  situation: ScenarioSituation;
  choiceId: string;
}

export interface ScenarioPosition {
  /** The decisions of the run so far, in order. */
  steps: ScenarioStep[];
  /** The situation waiting for a choice; undefined once an ending is reached. */
  situation?: ScenarioSituation;
  ending?: ScenarioEnding;
  /** Σ scores of the choices taken. */
  score: number;
}

/**
 * Replays a saved path from the start situation. A choice id that does not belong to the situation it is
 * applied to (state from another course version) stops the replay there, so the learner resumes from the last
 * valid situation.
 */
export function scenarioPosition(block: ScenarioBlock, path: readonly string[]): ScenarioPosition {
  const situations = new Map(block.situations.map((s) => [s.id, s]));
  const endings = new Map(block.endings.map((e) => [e.id, e]));
  const steps: ScenarioStep[] = [];
  let score = 0;
  let situation = situations.get(block.start);
  for (const choiceId of path) {
    const choice = situation?.choices.find((c) => c.id === choiceId);
    if (!situation || !choice) break;
    steps.push({ situation, choiceId });
    score += choice.score;
    const next = situations.get(choice.next);
    if (!next) return { steps, ending: endings.get(choice.next), score };
    situation = next;
  }
  return { steps, situation, score };
}

export { bestChoices };

/** Points a scenario earns in the assessment: points × clamp(bestScore / maxScore, 0, 1). */
export function scenarioPoints(block: ScenarioBlock, bestScore: number | undefined): number {
  if (!block.scored || block.maxScore <= 0 || bestScore === undefined) return 0;
  const share = Math.min(1, Math.max(0, bestScore / block.maxScore));
  return Math.round(block.points * share * 1e6) / 1e6;
}

/**
 * The interaction of one decision: id `<scenario>.<run>.<step>` (step from 1), type choice, the situation's
 * correct patterns computed at build time (its best-scored choices), result correct / incorrect against them (neutral when all choices score the same),
 * weighting 0.
 */
export function decisionRecord(
  block: ScenarioBlock,
  run: number,
  step: number,
  situation: ScenarioSituation,
  choiceId: string,
  context: AnswerContext,
): InteractionRecord {
  const best = bestChoices(situation);
  return {
    id: `${block.id}.${run}.${step}`,
    type: 'choice',
    description: describe(situation.description ?? situation.html, context),
    response: { type: 'choice', choices: [choiceId] },
    correctPatterns: situation.correctPatterns,
    result: best.length === 0 ? 'neutral' : best.includes(choiceId) ? 'correct' : 'incorrect',
    // The scenario's points count once, through the assessment score; a decision carries none of its own.
    weighting: 0,
    ...decisionScore(situation, choiceId),
    latencyMs: Math.max(0, Math.round(context.latencyMs)),
    timestamp: context.timestamp,
  };
}

/** The choice's score out of the situation's best (xAPI result.score); none when no choice can earn anything. */
function decisionScore(situation: ScenarioSituation, choiceId: string): Pick<InteractionRecord, 'score'> {
  const max = Math.max(0, ...situation.choices.map((c) => c.score));
  const chosen = situation.choices.find((c) => c.id === choiceId);
  return max > 0 && chosen ? { score: { raw: chosen.score, max } } : {};
}
