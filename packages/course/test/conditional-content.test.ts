import { describe, expect, test } from 'vitest';
import { isShown, visibleCourse } from '@dlis/course/compiled';
import { compileFiles, loadFiles } from './support/load-files.ts';

const t = (s: string) => `{ fr: ${s}, en: ${s} }`;

/** A two-page course with a `country` variable; `when` conditions are given per place. */
function conditionalCourse(
  opts: { pageWhen?: string; blockWhen?: string; questionWhen?: string; choiceVariable?: string } = {},
): string {
  return [
    'id: demo',
    "version: '1.0'",
    `title: ${t('Démo')}`,
    `description: ${t('Un cours')}`,
    'languages: [fr, en]',
    'defaultLanguage: fr',
    'licence: CC-BY-4.0',
    'completion: assessment-passed',
    'variables:',
    '  - id: country',
    `    label: ${t('Pays')}`,
    '    launchParameter: country',
    '    values:',
    `      - { id: fr, label: ${t('France')} }`,
    `      - { id: be, label: ${t('Belgique')} }`,
    'modules:',
    '  - id: m1',
    `    title: ${t('Module')}`,
    '    pages:',
    '      - id: choose',
    `        title: ${t('Choix')}`,
    '        blocks:',
    '          - type: variable-choice',
    `            variable: ${opts.choiceVariable ?? 'country'}`,
    `            prompt: ${t('Votre pays ?')}`,
    '      - id: belgium',
    `        title: ${t('Belgique')}`,
    `        when: ${opts.pageWhen ?? '{ country: be }'}`,
    '        blocks:',
    `          - { type: markdown, text: ${t('eID')} }`,
    '      - id: quiz',
    `        title: ${t('Quiz')}`,
    '        blocks:',
    `          - type: markdown`,
    `            text: ${t('Pour la France')}`,
    `            when: ${opts.blockWhen ?? '{ country: [fr] }'}`,
    '          - type: question',
    '            id: general',
    '            kind: true-false',
    `            prompt: ${t('Vrai ?')}`,
    '            answer: true',
    '          - type: question',
    '            id: france-only',
    '            kind: true-false',
    `            when: ${opts.questionWhen ?? '{ country: fr }'}`,
    `            prompt: ${t('France ?')}`,
    '            answer: true',
    '            points: 2',
    '',
  ].join('\n');
}

describe('conditional content', () => {
  test('variables and conditions compile, and the state layout holds the variable', async () => {
    const course = await compileFiles({ 'course.yaml': conditionalCourse() });
    expect(course.variables).toEqual([
      {
        id: 'country',
        label: { fr: 'Pays', en: 'Pays' },
        values: [
          { id: 'fr', label: { fr: 'France', en: 'France' } },
          { id: 'be', label: { fr: 'Belgique', en: 'Belgique' } },
        ],
        launchParameter: 'country',
      },
    ]);
    const [choose, belgium, quiz] = course.modules[0]!.pages;
    expect(choose!.blocks[0]).toMatchObject({ type: 'variable-choice', variable: 'country' });
    expect(belgium!.when).toEqual({ country: ['be'] });
    expect(quiz!.blocks[0]!.when).toEqual({ country: ['fr'] });
    expect(quiz!.blocks[2]!.when).toEqual({ country: ['fr'] });
    expect(course.stateLayout.variables).toEqual([{ id: 'country', values: ['fr', 'be'] }]);
    // The compiled assessment is the whole course's; visibleCourse gives each learner's.
    expect(course.assessment.maxPoints).toBe(3);
  });

  test('visibleCourse keeps only what the values show, and rescales the assessment', async () => {
    const course = await compileFiles({ 'course.yaml': conditionalCourse() });
    const pages = (values: Record<string, string>) =>
      visibleCourse(course, values).modules.flatMap((m) => m.pages.map((p) => p.id));
    expect(pages({})).toEqual(['choose', 'quiz']);
    expect(pages({ country: 'be' })).toEqual(['choose', 'belgium', 'quiz']);
    expect(pages({ country: 'fr' })).toEqual(['choose', 'quiz']);
    const fr = visibleCourse(course, { country: 'fr' });
    const be = visibleCourse(course, { country: 'be' });
    expect(fr.assessment).toMatchObject({ questionIds: ['general', 'france-only'], maxPoints: 3 });
    expect(be.assessment).toMatchObject({ questionIds: ['general'], maxPoints: 1 });
    expect(be.modules[0]!.pages.at(-1)!.blocks.map((b) => b.id)).toEqual(['general']);
    expect(be.stateLayout).toBe(course.stateLayout);
  });

  test('isShown needs every named variable to have one of its values', () => {
    expect(isShown(undefined, {})).toBe(true);
    expect(isShown({ country: ['fr', 'be'] }, { country: 'be' })).toBe(true);
    expect(isShown({ country: ['fr'] }, { country: 'be' })).toBe(false);
    expect(isShown({ country: ['fr'] }, {})).toBe(false);
  });

  test('an unknown variable or value is located, with a suggestion', async () => {
    const { lines, errors } = await loadFiles({
      'course.yaml': conditionalCourse({
        pageWhen: '{ contry: be }',
        blockWhen: '{ country: [fr, bel] }',
        questionWhen: '{ country: frr }',
        choiceVariable: 'countri',
      }),
    });
    expect(lines).toEqual([
      "course/course.yaml:24:23: modules[0].pages[0].blocks[0].variable: 'countri' is not a course variable. Did you mean 'country'?",
      "course/course.yaml:28:17: modules[0].pages[1].when.contry: 'contry' is not a course variable. Did you mean 'country'?",
      "course/course.yaml:36:35: modules[0].pages[2].blocks[0].when.country[1]: 'bel' is not a value of variable 'country'. Did you mean 'be'?",
      "course/course.yaml:45:30: modules[0].pages[2].blocks[2].when.country: 'frr' is not a value of variable 'country'. Did you mean 'fr'?",
    ]);
    expect(new Set(errors.map((d) => d.code))).toEqual(
      new Set(['COURSE_E_UNKNOWN_VARIABLE', 'COURSE_E_UNKNOWN_VARIABLE_VALUE']),
    );
  });

  test('a course without variables compiles as before (no variables, no layout entry)', async () => {
    const yaml = conditionalCourse()
      .replace(/variables:[\s\S]*?modules:/, 'modules:')
      .replace(/\n\s+when: .*/g, '')
      .replace(
        / {10}- type: variable-choice\n.*\n.*\n/,
        `          - { type: markdown, text: ${t('Bonjour')} }\n`,
      );
    const course = await compileFiles({ 'course.yaml': yaml });
    expect(course.variables).toBeUndefined();
    expect(course.stateLayout.variables).toBeUndefined();
    expect(visibleCourse(course, {})).toBe(course);
  });
});
