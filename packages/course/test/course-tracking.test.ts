import { describe, expect, test } from 'vitest';
import { compileCourse } from '../src/index.ts';
import { courseYaml, introPages, markdownBlock } from './support/course-dir.ts';
import { loadFiles } from './support/load-files.ts';

const scoredQuestion = `
          - type: question
            id: q1
            kind: single-choice
            prompt: { fr: a, en: b }
            choices:
              - { label: { fr: a, en: b }, correct: true }
              - { label: { fr: c, en: d } }`;

async function load(blocks: string, completion: string, tail?: string) {
  return loadFiles({
    'course.yaml': courseYaml(blocks, { completion, ...(tail ? { tail } : {}) }),
    ...introPages,
  });
}

describe('tracking section', () => {
  test('without it: pseudonymous, AnyWindow, moveOn Completed for all-pages-viewed, no endpoint', async () => {
    const loaded = await load(markdownBlock, 'all-pages-viewed');
    expect(loaded.lines).toEqual([]);
    expect(compileCourse(loaded.model!).tracking).toEqual({
      identity: 'pseudonymous',
      cmi5: { moveOn: 'Completed', launchMethod: 'AnyWindow' },
    });
  });

  test('assessment-passed defaults to moveOn CompletedAndPassed', async () => {
    const loaded = await load(markdownBlock + scoredQuestion, 'assessment-passed');
    expect(loaded.lines).toEqual([]);
    expect(loaded.model!.tracking.cmi5.moveOn).toBe('CompletedAndPassed');
  });

  test('explicit values are kept; the endpoint gets its trailing slash', async () => {
    const loaded = await load(
      markdownBlock + scoredQuestion,
      'assessment-passed',
      `tracking:
  endpoint: https://lrs.example.org/xapi
  cmi5: { moveOn: CompletedOrPassed, launchMethod: OwnWindow }`,
    );
    expect(loaded.lines).toEqual([]);
    expect(loaded.model!.tracking).toEqual({
      endpoint: 'https://lrs.example.org/xapi/',
      identity: 'pseudonymous',
      cmi5: { moveOn: 'CompletedOrPassed', launchMethod: 'OwnWindow' },
    });
  });

  test('identity named builds, with a located warning', async () => {
    const loaded = await load(markdownBlock, 'all-pages-viewed', 'tracking:\n  identity: named');
    expect(loaded.lines).toEqual([]);
    expect(loaded.model!.tracking.identity).toBe('named');
    expect(loaded.warnings.map((w) => `${w.line}:${w.col} ${w.code}`)).toEqual([
      '19:3 COURSE_W_NAMED_IDENTITY',
    ]);
  });

  test('a moveOn that needs passed on a course without scored questions is an error at its value', async () => {
    const loaded = await load(markdownBlock, 'all-pages-viewed', 'tracking:\n  cmi5:\n    moveOn: Passed');
    expect(loaded.errors.map((e) => e.code)).toEqual(['COURSE_E_MOVE_ON_WITHOUT_ASSESSMENT']);
    expect(loaded.lines).toEqual([
      "course/course.yaml:20:13: tracking.cmi5.moveOn: moveOn 'Passed' needs a passed result, but the course has no scored question: no learner could ever satisfy it.",
    ]);
  });

  test('the schema rejects credentials, unknown values and non-http endpoints', async () => {
    const loaded = await load(
      markdownBlock,
      'all-pages-viewed',
      `tracking:
  endpoint: ftp://lrs.example.org/
  identity: email
  auth: Basic abc`,
    );
    expect(loaded.errors.map((e) => [e.line, e.code])).toEqual([
      [19, 'COURSE_E_INVALID_VALUE'],
      [20, 'COURSE_E_INVALID_VALUE'],
      [21, 'COURSE_E_UNKNOWN_KEY'],
    ]);
  });
});
