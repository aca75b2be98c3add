import { afterEach, describe, expect, test } from 'vitest';
import { formatDiagnostic, loadCourse, type Diagnostic } from '../src/index.ts';
import { courseYaml, introPages, makeCourse, markdownBlock, type TempCourse } from './support/course-dir.ts';

let course: TempCourse | undefined;
afterEach(async () => {
  await course?.remove();
  course = undefined;
});

/** Load a generated course that must fail; its diagnostics as `file:line:col: path: message` lines. */
async function problems(
  files: Record<string, string | Uint8Array>,
): Promise<{ lines: string[]; all: Diagnostic[] }> {
  course = await makeCourse(files);
  const result = await loadCourse(course.dir);
  expect(result.ok).toBe(false);
  const all = result.ok ? [] : result.diagnostics;
  return { lines: all.map((d) => `${d.file}:${d.line}:${d.col}: ${d.path}: ${d.message}`), all };
}

describe('course.yaml itself', () => {
  test('a missing course.yaml is a located diagnostic', async () => {
    const { all } = await problems({ 'pages/intro.fr.md': '# x' });
    expect(all).toEqual([
      expect.objectContaining({
        file: 'course/course.yaml',
        line: 1,
        col: 1,
        code: 'COURSE_E_NO_COURSE_FILE',
      }),
    ]);
  });

  test('an empty course.yaml', async () => {
    const { all } = await problems({ 'course.yaml': '\n# only a comment\n' });
    expect(all.map((d) => [d.code, d.line, d.col])).toEqual([['COURSE_E_EMPTY_FILE', 1, 1]]);
  });

  test('a binary course.yaml points at the first bad byte', async () => {
    const { all } = await problems({ 'course.yaml': Buffer.from('id: demo\nver\u0000sion: 1\n') });
    expect(all.map((d) => [d.code, d.line, d.col])).toEqual([['COURSE_E_BINARY_FILE', 2, 4]]);
  });

  test('a YAML syntax error is located', async () => {
    const yaml = courseYaml(markdownBlock).replace(
      'defaultLanguage: fr',
      'defaultLanguage: fr\nlicence: MIT',
    );
    const { all } = await problems({ 'course.yaml': yaml, ...introPages });
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({
      file: 'course/course.yaml',
      line: 8,
      col: 1,
      code: 'COURSE_E_YAML_SYNTAX',
    });
    expect(all[0]!.message).toMatch(/unique/);
  });

  test('an unknown key is located at the key, with the closest allowed key', async () => {
    const yaml = courseYaml(`${markdownBlock}
          - type: callout
            variant: tip
            titel: { fr: a, en: b }
            text: { fr: a, en: b }`);
    const { all } = await problems({ 'course.yaml': yaml, ...introPages });
    expect(all).toHaveLength(1);
    expect(formatDiagnostic(all[0]!)).toBe(
      "course/course.yaml:20:13: modules[0].pages[0].blocks[1].titel: unknown key 'titel'. Did you mean 'title'?\n" +
        '  hint: Allowed keys here: type, id, variant, title, file, text, when.',
    );
    expect(all[0]!.code).toBe('COURSE_E_UNKNOWN_KEY');
  });

  test('an unknown top-level key far from any allowed key gets no suggestion', async () => {
    const yaml = courseYaml(markdownBlock).replace('licence: CC-BY-4.0', 'licence: CC-BY-4.0\nzzzzzzzz: 1');
    const { lines } = await problems({ 'course.yaml': yaml, ...introPages });
    expect(lines).toEqual(["course/course.yaml:8:1: zzzzzzzz: unknown key 'zzzzzzzz'."]);
  });

  test('a wrong type, with a hint quoting the value as written', async () => {
    const yaml = courseYaml(markdownBlock).replace("version: '1.0'", 'version: 1.0');
    const { all } = await problems({ 'course.yaml': yaml, ...introPages });
    expect(all).toEqual([
      expect.objectContaining({
        file: 'course/course.yaml',
        line: 2,
        col: 10,
        path: 'version',
        code: 'COURSE_E_WRONG_TYPE',
        message: 'must be a text, not a number (1).',
        hint: 'Write it in quotes: "1.0".',
      }),
    ]);
  });

  test('a missing required key is reported at the map that lacks it', async () => {
    const yaml = courseYaml(`${markdownBlock}
          - type: question
            kind: single-choice
            prompt: { fr: a, en: b }
            choices:
              - { label: { fr: a, en: b }, correct: true }
              - { label: { fr: c, en: d } }`);
    const { lines } = await problems({ 'course.yaml': yaml, ...introPages });
    expect(lines).toEqual([
      "course/course.yaml:18:13: modules[0].pages[0].blocks[1]: missing required key 'id'.",
    ]);
  });

  test('an invalid enum value suggests the closest one', async () => {
    const yaml = courseYaml(markdownBlock, { completion: 'all-page-viewed' });
    const { lines } = await problems({ 'course.yaml': yaml, ...introPages });
    expect(lines).toEqual([
      `course/course.yaml:8:13: completion: "all-page-viewed" is not allowed. Did you mean 'all-pages-viewed'?`,
    ]);
  });

  test('choices are not allowed on a true-false question, which needs an answer', async () => {
    const yaml = courseYaml(`${markdownBlock}
          - type: question
            id: q1
            kind: true-false
            prompt: { fr: a, en: b }
            choices:
              - label: { fr: a, en: b }
              - label: { fr: c, en: d }`);
    const { lines } = await problems({ 'course.yaml': yaml, ...introPages });
    expect(lines).toEqual([
      "course/course.yaml:18:13: modules[0].pages[0].blocks[1]: missing required key 'answer'.",
      "course/course.yaml:22:13: modules[0].pages[0].blocks[1].choices: key 'choices' is not allowed here.",
    ]);
  });
});

describe('semantic checks', () => {
  test('missing and unknown translations in YAML maps name the language and the place', async () => {
    const yaml = courseYaml(markdownBlock).replace(
      'title: { fr: Page, en: Page }',
      'title: { fr: Page, eng: Page }',
    );
    const { all, lines } = await problems({ 'course.yaml': yaml, ...introPages });
    expect(lines).toEqual([
      "course/course.yaml:14:9: modules[0].pages[0].title: missing 'en' translation.",
      "course/course.yaml:14:28: modules[0].pages[0].title.eng: 'eng' is not a course language. Did you mean 'en'?",
    ]);
    expect(all.map((d) => d.code)).toEqual(['COURSE_E_MISSING_TRANSLATION', 'COURSE_E_UNKNOWN_LANGUAGE']);
  });

  test('a missing Markdown file of one language names that language', async () => {
    const { all } = await problems({ 'course.yaml': courseYaml(markdownBlock), 'pages/intro.fr.md': '# x' });
    expect(all).toEqual([
      expect.objectContaining({
        file: 'course/course.yaml',
        line: 17,
        col: 19,
        code: 'COURSE_E_MISSING_TRANSLATION',
        message: "missing 'en' translation: file 'pages/intro.en.md' not found.",
      }),
    ]);
  });

  test('a Markdown file without language in its name gets a rename hint', async () => {
    const { all } = await problems({
      'course.yaml': courseYaml(markdownBlock, { languages: '[fr]' }).replace(
        '{ fr: Démo, en: Demo }',
        '{ fr: Démo }',
      ),
      'pages/intro.md': '# x',
    });
    const missing = all.find((d) => d.code === 'COURSE_E_MISSING_TRANSLATION' && d.line === 17);
    expect(missing?.hint).toBe(
      "Markdown files carry their language in their name: rename 'pages/intro.md' to 'pages/intro.fr.md'.",
    );
  });

  test('defaultLanguage must be a course language', async () => {
    const yaml = courseYaml(markdownBlock).replace('defaultLanguage: fr', 'defaultLanguage: fe');
    const { lines } = await problems({ 'course.yaml': yaml, ...introPages });
    expect(lines).toEqual([
      "course/course.yaml:6:18: defaultLanguage: 'fe' is not one of the course languages. Did you mean 'fr'?",
    ]);
  });

  test('duplicate ids: pages and questions course-wide, choices within a question', async () => {
    const yaml = courseYaml(`${markdownBlock}
          - type: question
            id: q1
            kind: single-choice
            prompt: { fr: a, en: b }
            choices:
              - { id: x, label: { fr: a, en: b }, correct: true }
              - { id: x, label: { fr: a, en: b } }
      - id: p1
        title: { fr: Page, en: Page }
        blocks:
          - type: question
            id: q1
            kind: true-false
            prompt: { fr: a, en: b }
            answer: true`);
    const { lines, all } = await problems({ 'course.yaml': yaml, ...introPages });
    expect(lines).toEqual([
      "course/course.yaml:24:23: modules[0].pages[0].blocks[1].choices[1].id: choice id 'x' is already used at line 23; choice ids must be unique in this question.",
      "course/course.yaml:25:13: modules[0].pages[1].id: page id 'p1' is already used at line 13; page ids must be unique in the whole course.",
      "course/course.yaml:29:17: modules[0].pages[1].blocks[0].id: block id 'q1' is already used at line 19; block ids must be unique in the whole course.",
    ]);
    expect(new Set(all.map((d) => d.code))).toEqual(new Set(['COURSE_E_DUPLICATE_ID']));
  });

  test('correct choices: exactly one for single-choice, at least one for multiple-choice', async () => {
    const yaml = courseYaml(`${markdownBlock}
          - type: question
            id: q1
            kind: single-choice
            prompt: { fr: a, en: b }
            choices:
              - { label: { fr: a, en: b }, correct: true }
              - { label: { fr: a, en: b }, correct: true }
          - type: question
            id: q2
            kind: multiple-choice
            prompt: { fr: a, en: b }
            choices:
              - { label: { fr: a, en: b } }
              - { label: { fr: a, en: b } }`);
    const { lines } = await problems({ 'course.yaml': yaml, ...introPages });
    expect(lines).toEqual([
      'course/course.yaml:22:13: modules[0].pages[0].blocks[1].choices: a single-choice question needs exactly one correct choice; this one has 2.',
      'course/course.yaml:29:13: modules[0].pages[0].blocks[2].choices: a multiple-choice question needs at least one correct choice.',
    ]);
  });

  test('assessment-passed without any scored question is an error, never a silent 0', async () => {
    const yaml = courseYaml(
      `${markdownBlock}
          - type: question
            id: q1
            kind: true-false
            scored: false
            prompt: { fr: a, en: b }
            answer: true`,
      { completion: 'assessment-passed' },
    );
    const { all } = await problems({ 'course.yaml': yaml, ...introPages });
    expect(all).toEqual([
      expect.objectContaining({ line: 8, col: 13, path: 'completion', code: 'COURSE_E_NO_ASSESSMENT' }),
    ]);
  });

  test('a markdown block needs exactly one of file and text; an image needs alt or decorative', async () => {
    const yaml = courseYaml(`${markdownBlock}
            text: { fr: a, en: b }
          - type: image
            src: assets/a.png`);
    const { lines } = await problems({ 'course.yaml': yaml, ...introPages });
    expect(lines).toEqual([
      "course/course.yaml:16:13: modules[0].pages[0].blocks[0]: a markdown block needs exactly one of 'file' and 'text'.",
      'course/course.yaml:19:13: modules[0].pages[0].blocks[1]: an image needs an `alt` text in each language, or `decorative: true`.',
      "course/course.yaml:20:18: modules[0].pages[0].blocks[1].src: file 'assets/a.png' not found.",
    ]);
  });

  test('every problem is reported at once, across course.yaml and the Markdown files', async () => {
    const yaml = courseYaml(`${markdownBlock}
          - type: callout
            varient: tip
            text: { fr: a }
          - type: image
            src: ../x.png
            decorative: true`).replace("version: '1.0'", 'version: 1.0');
    const { all } = await problems({
      'course.yaml': yaml,
      'pages/intro.fr.md': '',
      'pages/intro.en.md': 'Hi ![x](missing.png)\n',
    });
    expect(all.map((d) => `${d.file}:${d.line}:${d.col} ${d.code}`)).toEqual([
      'course/course.yaml:2:10 COURSE_E_WRONG_TYPE',
      'course/course.yaml:18:13 COURSE_E_MISSING_KEY',
      'course/course.yaml:19:13 COURSE_E_UNKNOWN_KEY',
      'course/course.yaml:20:13 COURSE_E_MISSING_TRANSLATION',
      'course/course.yaml:22:18 COURSE_E_PATH_ESCAPE',
      'course/pages/intro.en.md:1:4 COURSE_E_MISSING_FILE',
      'course/pages/intro.fr.md:1:1 COURSE_E_EMPTY_FILE',
    ]);
  });

  test('warnings do not fail the load: unreachable full score, alt on a decorative image', async () => {
    course = await makeCourse({
      'course.yaml': courseYaml(`${markdownBlock}
          - type: image
            src: assets/a.png
            decorative: true
            alt: { fr: a, en: b }
          - type: question
            id: q1
            kind: multiple-choice
            prompt: { fr: a, en: b }
            choices:
              - { label: { fr: a, en: b }, correct: true, weight: 0.5 }
              - { label: { fr: a, en: b }, correct: true, weight: 0.25 }
              - { label: { fr: a, en: b } }`),
      ...introPages,
      'assets/a.png': (await import('./support/course-dir.ts')).png(),
    });
    const result = await loadCourse(course.dir);
    expect(result.ok).toBe(true);
    expect(result.warnings.map((d) => `${d.line}:${d.col} ${d.code}`)).toEqual([
      '21:13 COURSE_W_UNUSED_ALT',
      '26:13 COURSE_W_UNREACHABLE_SCORE',
    ]);
  });
});

test('a true-false question in a language without built-in labels gets a warning', async () => {
  course = await makeCourse({
    'course.yaml': courseYaml(
      `
          - type: question
            id: q1
            kind: true-false
            prompt: { fr: a, es: b }
            answer: true`,
      { languages: '[fr, es]' },
    )
      .replace('{ fr: Démo, en: Demo }', '{ fr: Démo, es: Demo }')
      .replace('{ fr: Un cours, en: A course }', '{ fr: Un cours, es: Un curso }')
      .replace(/en: (Module|Page)/g, 'es: $1'),
  });
  const result = await loadCourse(course.dir);
  expect(result.ok).toBe(true);
  expect(result.warnings.map((d) => `${d.line}:${d.col} ${d.code} ${d.message}`)).toEqual([
    '18:19 COURSE_W_TRUE_FALSE_LABELS true-false choices have no built-in labels in es: English is used.',
  ]);
});
