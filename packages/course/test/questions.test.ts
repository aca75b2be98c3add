import { describe, expect, test } from 'vitest';
import type { QuestionBlock } from '@dlis/course/compiled';
import { courseYaml } from './support/course-dir.ts';
import { compileFiles, firstPageBlocks, loadFiles } from './support/load-files.ts';

const t = (s: string) => `{ fr: ${s}, en: ${s} }`;
const q = (id: string, rest: string) =>
  `          - { type: question, id: ${id}, prompt: ${t('Q')}, ${rest} }`;
const path = (p: string) => p.replace('modules[0].pages[0].', '');

describe('question kinds', () => {
  test('each kind compiles with its defaults', async () => {
    const course = await compileFiles({
      'course.yaml': courseYaml(
        [
          q(
            'm',
            `kind: matching, sources: [{ label: ${t('s')}, match: y }, { id: s2, label: ${t('s')}, match: x }], targets: [{ id: x, label: ${t('x')} }, { id: y, label: ${t('y')} }]`,
          ),
          q('o', `kind: ordering, maxAttempts: 2, items: [{ label: ${t('un')} }, { label: ${t('deux')} }]`),
          q('f', `kind: fill-in, accepted: { fr: [' élève '], en: [pupil] }`),
          q('n1', 'kind: numeric, exact: 2.50, unit: { fr: €, en: € }'),
          q('n2', 'kind: numeric, min: 1.5, max: 3.25'),
          q('n3', 'kind: numeric, exact: 3, decimals: 2'),
          q('l1', 'kind: likert, scale: frequency-5'),
          q('l2', `kind: likert, scale: [{ label: ${t('bof')} }, { id: top, label: ${t("'**top**'")} }]`),
        ].join('\n'),
      ),
    });
    const [m, o, f, n1, n2, n3, l1, l2] = firstPageBlocks(course) as QuestionBlock[];
    expect(m).toMatchObject({ kind: 'matching', answer: ['y', 'x'], sources: [{ id: '1' }, { id: 's2' }] });
    expect(o).toMatchObject({ kind: 'ordering', maxAttempts: 2, items: [{ id: 'a' }, { id: 'b' }] });
    expect(f).toMatchObject({
      kind: 'fill-in',
      accepted: { fr: ['élève'], en: ['pupil'] },
      caseSensitive: false,
      accentSensitive: false,
      maxLength: 40,
      maxAttempts: 0,
    });
    expect(n1).toMatchObject({ exact: 2.5, decimals: 1, unit: { fr: '€' } });
    expect(n2).toMatchObject({ min: 1.5, max: 3.25, decimals: 2 });
    expect(n3).toMatchObject({ exact: 3, decimals: 2 });
    expect(l1).toMatchObject({
      scored: false,
      scale: [{ id: 'never', label: { fr: 'Jamais', en: 'Never' } }, {}, {}, {}, {}],
    });
    expect(l2).toMatchObject({
      scored: false,
      scale: [{ id: '1' }, { id: 'top', label: { fr: '<strong>top</strong>' } }],
    });
    expect(course.assessment.questionIds).toEqual(['m', 'o', 'f', 'n1', 'n2', 'n3']);
  });

  test('keys of another kind are refused, with the kind that takes them', async () => {
    const { lines, errors } = await loadFiles({
      'course.yaml': courseYaml(
        q(
          'o',
          `kind: ordering, accepted: { fr: [x], en: [x] }, items: [{ label: ${t('a')} }, { label: ${t('b')} }]`,
        ),
      ),
    });
    expect(lines).toEqual([
      "course/course.yaml:16:80: modules[0].pages[0].blocks[0].accepted: key 'accepted' is not allowed here.",
    ]);
    expect(errors[0]!.hint).toMatch(/fill-in/);
  });

  test('matching: unknown target, target used twice', async () => {
    const { lines, errors } = await loadFiles({
      'course.yaml': courseYaml(
        q(
          'm',
          `kind: matching, sources: [{ label: ${t('s')}, match: xx }, { label: ${t('s')}, match: y }, { label: ${t('s')}, match: y }], targets: [{ id: x, label: ${t('x')} }, { id: y, label: ${t('y')} }]`,
        ),
      ),
    });
    expect(errors.map((d) => [d.code, path(d.path)])).toEqual([
      ['COURSE_E_MATCHING_ANSWER', 'blocks[0].sources[0].match'],
      ['COURSE_E_MATCHING_ANSWER', 'blocks[0].sources[2].match'],
    ]);
    expect(lines[0]).toMatch(/'xx' is not the id of a target\. Did you mean 'x'\?$/);
    expect(lines[1]).toMatch(/target 'y' is already the answer of source 2/);
  });

  test('fill-in answers longer than maxLength; numeric answers that cannot be typed or are missing', async () => {
    const { errors } = await loadFiles({
      'course.yaml': courseYaml(
        [
          q('f', `kind: fill-in, maxLength: 3, accepted: { fr: [abcd], en: [abc] }`),
          q('n1', 'kind: numeric'),
          q('n2', 'kind: numeric, exact: 1.25, decimals: 1'),
          q('n3', 'kind: numeric, min: 5, max: 1'),
          q('n4', 'kind: numeric, exact: 1, min: 0'),
        ].join('\n'),
      ),
    });
    expect(errors.map((d) => [d.code, path(d.path)])).toEqual([
      ['COURSE_E_FILL_IN_ANSWER', 'blocks[0].accepted.fr[0]'],
      ['COURSE_E_NUMERIC_ANSWER', 'blocks[1]'],
      ['COURSE_E_NUMERIC_ANSWER', 'blocks[2].exact'],
      ['COURSE_E_NUMERIC_ANSWER', 'blocks[3].min'],
      ['COURSE_E_NUMERIC_ANSWER', 'blocks[4].exact'],
    ]);
  });

  test('likert can never be scored; maxLength is at most 250; ordering needs two items', async () => {
    const { lines, errors } = await loadFiles({
      'course.yaml': courseYaml(
        [
          q('l', 'kind: likert, scored: true, scale: agreement-5'),
          q('f', 'kind: fill-in, maxLength: 251, accepted: { fr: [a], en: [a] }'),
          q('o', `kind: ordering, items: [{ label: ${t('a')} }]`),
        ].join('\n'),
      ),
    });
    expect(errors.map((d) => [d.code, path(d.path)])).toEqual([
      ['COURSE_E_LIKERT_SCORED', 'blocks[0].scored'],
      ['COURSE_E_INVALID_VALUE', 'blocks[1].maxLength'],
      ['COURSE_E_INVALID_VALUE', 'blocks[2].items'],
    ]);
    expect(lines[0]).toBe(
      'course/course.yaml:16:78: modules[0].pages[0].blocks[0].scored: a likert question has no right answer, so it cannot be scored.',
    );
  });

  test('a likert preset in a language without built-in labels warns and uses English', async () => {
    const loaded = await loadFiles({
      'course.yaml': courseYaml(
        q('l', 'kind: likert, scale: agreement-5').replace(t('Q'), '{ fr: Q, en: Q, pt: Q }'),
        {
          languages: '[fr, en, pt]',
        },
      )
        .replace('{ fr: Démo, en: Demo }', '{ fr: Démo, en: Demo, pt: Demo }')
        .replace('{ fr: Un cours, en: A course }', '{ fr: Un cours, en: A course, pt: Um curso }')
        .replaceAll('{ fr: Module, en: Module }', '{ fr: Module, en: Module, pt: Módulo }')
        .replaceAll('{ fr: Page, en: Page }', '{ fr: Page, en: Page, pt: Página }'),
    });
    expect(loaded.lines).toEqual([]);
    expect(loaded.warnings.map((d) => d.code)).toEqual(['COURSE_W_LIKERT_LABELS']);
  });
});

describe('question banks and assessment options', () => {
  const bank = (draw: number, questions: string[]) =>
    [
      '          - type: question-bank',
      '            id: bank',
      `            draw: ${draw}`,
      '            questions:',
      ...questions.map(
        (x) => `              - { id: ${x}, prompt: ${t('Q')}, kind: true-false, answer: true }`,
      ),
    ].join('\n');

  test('a bank counts draw × points in maxPoints and lists its candidates; assessment options compile', async () => {
    const course = await compileFiles({
      'course.yaml': courseYaml(
        `${bank(2, ['a', 'b', 'c']).replaceAll('answer: true', 'answer: true, points: 2')}\n${q('q', 'kind: true-false, answer: false, points: 3')}`,
        { tail: 'assessment: { feedback: on-submit, maxAttempts: 2 }' },
      ),
    });
    expect(course.assessment).toEqual({
      questionIds: ['a', 'b', 'c', 'q'],
      maxPoints: 7,
      banks: [{ id: 'bank', draw: 2, questionIds: ['a', 'b', 'c'] }],
      feedback: 'on-submit',
      maxAttempts: 2,
    });
  });

  test('draw above the number of questions, unequal points, unscored questions, ids shared course-wide', async () => {
    const { errors } = await loadFiles({
      'course.yaml': courseYaml(
        `${q('a', 'kind: true-false, answer: true')}\n${bank(4, ['a', 'b', 'c'])
          .replace('id: b, ', 'id: b, points: 2, ')
          .replace('id: c, ', 'id: c, scored: false, ')}`,
      ),
    });
    expect(errors.map((d) => [d.code, path(d.path)])).toEqual([
      ['COURSE_E_BANK_DRAW', 'blocks[1].draw'],
      ['COURSE_E_DUPLICATE_ID', 'blocks[1].questions[0].id'],
      ['COURSE_E_BANK_QUESTIONS', 'blocks[1].questions[1].points'],
      ['COURSE_E_BANK_QUESTIONS', 'blocks[1].questions[2].scored'],
    ]);
  });

  test('draw must be at least 1', async () => {
    const { errors } = await loadFiles({ 'course.yaml': courseYaml(bank(0, ['a'])) });
    expect(errors.map((d) => [d.code, path(d.path)])).toEqual([['COURSE_E_INVALID_VALUE', 'blocks[0].draw']]);
  });
});

test("a key of another kind is refused with a hint naming the kinds that take it (each kind's ownKeys)", async () => {
  const { errors } = await loadFiles({
    'course.yaml': courseYaml(
      [
        q('f', 'kind: fill-in, accepted: { fr: [a], en: [a] }, scale: frequency-5'),
        q('n', 'kind: numeric, exact: 1, sources: []'),
      ].join('\n'),
    ),
  });
  const notAllowed = errors.filter((d) => d.code === 'COURSE_E_NOT_ALLOWED');
  expect(notAllowed.map((d) => [path(d.path), d.hint])).toEqual([
    ['blocks[0].scale', '`scale` is for likert questions.'],
    ['blocks[1].sources', '`sources` is for matching questions.'],
  ]);
});
