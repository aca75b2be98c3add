import { describe, expect, test } from 'vitest';
import { learnerStateLayout } from '@dlis/course/compiled';
import { scoreQuestionnaire } from '@dlis/agility';
import type { LearnerState } from '@dlis/tracking';
import {
  decodeLearnerState,
  encodeLearnerState,
  SUSPEND_DATA_LIMITS,
  worstCaseSuspendDataLength,
} from '@dlis/tracking/suspend-data';
import { isCourseCompleted } from '../../src/logic/completion.ts';
import { restoreState } from '../../src/logic/learner-state.ts';
import {
  askedBackground,
  readProgress,
  responsesOf,
  scoredAnswers,
  stepsFor,
} from '../../src/logic/questionnaire-progress.ts';
import { questionnaireReport } from '../../src/logic/questionnaire-report.ts';
import { isQuestionnaireSubmitted, withQuestionnaireEntries } from '../../src/logic/questionnaire-state.ts';
import {
  questionnaireBlock as block,
  questionnaireCourse as course,
} from '../fixtures/questionnaire-course.ts';

const saved = (entries: Record<string, string[]>): LearnerState['answers'] =>
  Object.fromEntries(Object.entries(entries).map(([k, r]) => [`agility:${k}`, { response: r, attempts: 1 }]));

describe('questionnaire progress in LearnerState.answers', () => {
  test('reads consent, step, answers; ignores unknown values; only the country without research consent', () => {
    const progress = readProgress(
      block,
      responsesOf(
        saved({
          '#consent': ['diagnostic'],
          '#step': ['D4'],
          Q1: ['FR'],
          Q2: ['student'],
          '1.1': ['3'],
          '1.2': ['na'],
          '1.3': ['9'],
          'D1-S1': ['Z'],
          'D2-S1': ['A'],
        }),
      ),
    );
    expect(progress).toEqual({
      diagnosticConsent: true,
      researchConsent: false,
      step: 'D4',
      submitted: false,
      background: { Q1: 'FR' },
      answers: { '1.1': 3, '1.2': 'na', 'D2-S1': 'A' },
    });
    // The country question is part of the diagnostic: the background step asks it in both cases.
    expect(stepsFor(block, false)[1]).toBe('background');
    expect(stepsFor(block, true)[1]).toBe('background');
    const noCountry = { ...block, background: block.background.filter((q) => !q.country) };
    expect(stepsFor(noCountry, false)).not.toContain('background');
    expect(stepsFor(noCountry, true)[1]).toBe('background');
    expect(readProgress(block, responsesOf(saved({ '#step': ['nowhere'] }))).step).toBe('consent');
  });

  test('askedIf and country: conditional questions and country-specific scenarios', () => {
    expect(askedBackground(block, {}, true).map((q) => q.id)).toEqual(['Q1', 'Q2']);
    expect(askedBackground(block, { Q2: 'student' }, true).map((q) => q.id)).toEqual(['Q1', 'Q2', 'Q3']);
    expect(askedBackground(block, { Q2: 'student' }, false).map((q) => q.id)).toEqual(['Q1']);
    const progress = readProgress(
      block,
      responsesOf(
        saved({ '#consent': ['diagnostic', 'research'], Q1: ['BE'], 'D3-S1': ['B'], 'D3-S2': ['B'] }),
      ),
    );
    expect(Object.keys(scoredAnswers(block, progress))).toEqual(['D3-S2']);
  });

  test('the report: one interaction per answer, the index as score, background only with research consent', () => {
    const answers: Record<string, string[]> = { '#consent': ['diagnostic'], 'D1-S1': ['C'], 'D3-S1': ['B'] };
    for (const item of block.definition.items) answers[item.id] = ['4'];
    answers['2.1'] = ['na'];
    const progress = readProgress(block, responsesOf(saved(answers)));
    const context = { lang: 'en', defaultLanguage: 'fr', durationMs: 1234.4, timestamp: new Date(0) };
    const report = questionnaireReport(block, progress, context);
    const expected = scoreQuestionnaire(block.definition, scoredAnswers(block, progress));
    expect(report.result).toEqual(expected);
    // D3-S1 is for FR only: without a country it is neither shown nor reported.
    expect(report.interactions.map((i) => i.id)).toEqual([
      ...block.definition.items.map((i) => i.id),
      'D1-S1',
    ]);
    expect(report.interactions.find((i) => i.id === '2.1')).toMatchObject({
      type: 'likert',
      response: { type: 'likert', choice: 'na' },
      description: 'Statement 2.1',
      questionnaire: 'agility',
      result: 'neutral',
      correctPatterns: { scorm12: [], scorm2004: [], xapi: [] },
    });
    expect(report.interactions.at(-1)).toMatchObject({
      type: 'choice',
      response: { type: 'choice', choices: ['C'] },
      correctPatterns: { xapi: ['C'] },
      result: 'correct',
    });
    const index = expected.index ?? -1;
    expect(report.outcome).toMatchObject({ researchConsent: false, background: {}, durationMs: 1234, index });
    // Without research consent the country still selects the scenarios, but is not reported.
    const french = readProgress(block, responsesOf(saved({ ...answers, Q1: ['FR'], Q2: ['student'] })));
    const frenchReport = questionnaireReport(block, french, context);
    expect(frenchReport.interactions.map((i) => i.id)).toContain('D3-S1');
    expect(frenchReport.outcome.background).toEqual({});
    const withResearch = readProgress(
      block,
      responsesOf(saved({ ...answers, '#consent': ['diagnostic', 'research'], Q1: ['FR'], Q3: ['y1'] })),
    );
    // Q3 is asked of students only: its answer is moot and not reported.
    expect(questionnaireReport(block, withResearch, context).outcome.background).toEqual({ Q1: 'FR' });
  });

  test('no index: too few answers', () => {
    const progress = readProgress(block, responsesOf(saved({ '#consent': ['diagnostic'], '1.1': ['2'] })));
    const report = questionnaireReport(block, progress, {
      lang: 'fr',
      defaultLanguage: 'fr',
      durationMs: 0,
      timestamp: new Date(0),
    });
    expect(report.result.index).toBeNull();
    expect(report.outcome.index).toBeNull();
    expect(report.interactions).toHaveLength(1);
  });

  test('state: entries apply, resume keeps them, completion rule questionnaire-submitted', () => {
    const answers = withQuestionnaireEntries(saved({ '1.1': ['2'], Q1: ['FR'] }), {
      'agility:Q1': null,
      'agility:#submitted': ['yes'],
    });
    expect(Object.keys(answers).sort()).toEqual(['agility:#submitted', 'agility:1.1']);
    const restored = restoreState(course, {
      page: 'diagnostic',
      visited: ['diagnostic'],
      answers: { ...answers, 'other:1.1': { response: ['1'], attempts: 1 } },
    });
    expect(Object.keys(restored.answers).sort()).toEqual(['agility:#submitted', 'agility:1.1']);
    expect(isQuestionnaireSubmitted(course, restored.answers)).toBe(true);
    const input = { course, visited: ['diagnostic'], passed: undefined };
    expect(isCourseCompleted({ ...input, questionnaireSubmitted: true })).toBe(true);
    expect(isCourseCompleted({ ...input, questionnaireSubmitted: false })).toBe(false);
  });

  test('the suspend-data codec keeps a questionnaire under way as is, within the SCORM 1.2 budget', () => {
    const layout = learnerStateLayout(course);
    const answers: Record<string, string[]> = {
      '#consent': ['diagnostic', 'research'],
      '#step': ['D6'],
      Q1: ['BE'],
    };
    for (const item of block.definition.items) answers[item.id] = [item.id.endsWith('.2') ? 'na' : '5'];
    for (const s of block.definition.scenarios) answers[s.id] = ['B'];
    const state: LearnerState = { page: 'diagnostic', visited: ['diagnostic'], answers: saved(answers) };
    const encoded = encodeLearnerState(state, layout);
    expect(decodeLearnerState(encoded, layout)).toEqual(state);
    expect(worstCaseSuspendDataLength(layout)).toBeLessThanOrEqual(SUSPEND_DATA_LIMITS.scorm12);
  });
});
