import { describe, expect, test } from 'vitest';
import type { LearnerState } from '@dlis/tracking';
import { assessmentScore } from '../../src/logic/assessment-score.ts';
import { drawIds } from '../../src/logic/bank-draw.ts';
import {
  applyScenarioChoice,
  canStartNewAttempt,
  newAttemptState,
  restoreState,
} from '../../src/logic/learner-state.ts';
import {
  bestChoices,
  decisionRecord,
  scenarioPoints,
  scenarioPosition,
} from '../../src/logic/scenario-run.ts';
import { featureCourse, scenario } from '../fixtures/feature-course.ts';

const context = { lang: 'en', defaultLanguage: 'fr', latencyMs: 5, timestamp: new Date(0) };

describe('scenario runs', () => {
  test('position replays a path to the current situation or the ending', () => {
    expect(scenarioPosition(scenario, []).situation?.id).toBe('s1');
    expect(scenarioPosition(scenario, ['c-listen']).situation?.id).toBe('s2');
    const end = scenarioPosition(scenario, ['c-listen', 'c-together']);
    expect(end.situation).toBeUndefined();
    expect(end.score).toBe(4);
    expect(end.ending?.tone).toBe('positive');
    expect(scenarioPosition(scenario, ['c-rush']).ending?.id).toBe('e-bad');
    // A choice that the situation does not offer stops the replay there.
    expect(scenarioPosition(scenario, ['c-together']).steps).toHaveLength(0);
  });

  test('best choices, points and the decision interaction', () => {
    const s1 = scenario.situations[0]!;
    expect(bestChoices(s1)).toEqual(['c-listen']);
    expect(bestChoices({ ...s1, choices: s1.choices.map((c) => ({ ...c, score: 1 })) })).toEqual([]);
    expect(scenarioPoints(scenario, 4)).toBe(2);
    expect(scenarioPoints(scenario, 3)).toBe(1.5);
    expect(scenarioPoints(scenario, -2)).toBe(0);
    expect(scenarioPoints(scenario, undefined)).toBe(0);
    expect(decisionRecord(scenario, 2, 1, s1, 'c-rush', context)).toMatchObject({
      id: 'sc1.2.1',
      type: 'choice',
      description: 'She looks lost.',
      response: { type: 'choice', choices: ['c-rush'] },
      correctPatterns: { xapi: ['c-listen'] },
      result: 'incorrect',
      // The choice's score out of the situation's best (xAPI result.score).
      score: { raw: 0, max: 2 },
    });
    expect(decisionRecord(scenario, 2, 1, s1, 'c-listen', context).score).toEqual({ raw: 2, max: 2 });
  });

  test('applyScenarioChoice extends the path and keeps the best score of ended runs', () => {
    const a = applyScenarioChoice(scenario, { path: [], runs: 1 }, 'c-listen');
    expect(a?.run).toEqual({ path: ['c-listen'], runs: 1 });
    const b = applyScenarioChoice(scenario, a!.run, 'c-alone');
    expect(b?.run).toEqual({ path: ['c-listen', 'c-alone'], runs: 1, bestScore: 3 });
    expect(applyScenarioChoice(scenario, { path: [], runs: 2, bestScore: 3 }, 'c-rush')?.run.bestScore).toBe(
      3,
    );
    expect(applyScenarioChoice(scenario, { path: [], runs: 1 }, 'c-together')).toBeUndefined();
  });
});

describe('learner state', () => {
  const saved: LearnerState = {
    page: 'questions',
    visited: ['blocks', 'questions', 'gone'],
    answers: {
      m1: { response: ['write', 'find'], attempts: 1 },
      l1: { response: ['yes'], attempts: 1 },
      zz: { response: [], attempts: 1 },
    },
    submitted: true,
    assessmentAttempts: 1,
    bankSeeds: { bank: 42 },
    checklists: { cl: ['i2', 'nope'], gone: ['x'] },
    scenarios: { sc1: { path: ['c-listen', 'c-bogus'], runs: 2, bestScore: 3 } },
  };

  test('restoreState drops unknown ids and keeps seeds, checklists and scenario runs', () => {
    const state = restoreState(featureCourse, saved, () => 1);
    expect(state).toEqual({
      page: 'questions',
      visited: ['blocks', 'questions'],
      answers: { m1: saved.answers.m1, l1: saved.answers.l1 },
      submitted: true,
      assessmentAttempts: 1,
      bankSeeds: { bank: 42 },
      checklists: { cl: ['i2'] },
      scenarios: { sc1: { path: ['c-listen'], runs: 2, bestScore: 3 } },
    });
    expect(restoreState(featureCourse, undefined, () => 9).bankSeeds).toEqual({ bank: 9 });
  });

  test('a new attempt clears scored answers and scenario scores, draws new seeds, keeps the rest', () => {
    const state = restoreState(featureCourse, saved, () => 1);
    expect(canStartNewAttempt(featureCourse, state)).toBe(true);
    const next = newAttemptState(featureCourse, state, () => 7);
    expect(next).toEqual({
      page: 'questions',
      visited: ['blocks', 'questions'],
      answers: { l1: saved.answers.l1 },
      assessmentAttempts: 1,
      bankSeeds: { bank: 7 },
      checklists: { cl: ['i2'] },
      scenarios: { sc1: { path: [], runs: 3 } },
    });
    expect(canStartNewAttempt(featureCourse, next)).toBe(false);
    expect(canStartNewAttempt(featureCourse, { ...state, assessmentAttempts: 2 })).toBe(false);
    const unlimited = { ...featureCourse, assessment: { ...featureCourse.assessment, maxAttempts: 0 } };
    expect(canStartNewAttempt(unlimited, { ...state, assessmentAttempts: 9 })).toBe(true);
  });

  test('the score counts only the drawn bank questions and the scenario share', () => {
    const seed = 5;
    const drawn = drawIds(['bq1', 'bq2', 'bq3'], 2, seed);
    const notDrawn = ['bq1', 'bq2', 'bq3'].find((id) => !drawn.includes(id))!;
    const yes = (id: string) => ({ response: [`${id}-yes`], attempts: 1 });
    const score = assessmentScore(featureCourse, {
      answers: {
        m1: { response: ['write', 'pay'], attempts: 1 },
        [drawn[0]!]: yes(drawn[0]!),
        [notDrawn]: yes(notDrawn),
      },
      bankSeeds: { bank: seed },
      scenarios: { sc1: { path: [], runs: 1, bestScore: 2 } },
    });
    // m1: 1 of 2 pairs = 1 point; one drawn bank question right = 1; scenario 2 × 2/4 = 1.
    expect(score).toMatchObject({ raw: 3, max: 9, answered: 3, total: 7 });
  });
});
