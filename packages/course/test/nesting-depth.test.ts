import { expect, test } from 'vitest';
import { formatDiagnostic, loadCourse } from '../src/index.ts';
import { markdownTooDeep, MAX_NESTING, yamlTooDeep } from '../src/nesting-depth.ts';
import { courseYaml, makeCourse, markdownBlock } from './support/course-dir.ts';

const deepQuote = `Intro.\n\n${'>'.repeat(2000)} deep\n`;

test.each([
  [
    '2,000 nested > in a Markdown file',
    { 'pages/intro.fr.md': deepQuote },
    /intro\.fr\.md:3:101: COURSE_E_TOO_DEEP/,
  ],
  [
    '2,000 nested list markers',
    { 'pages/intro.fr.md': `${'- '.repeat(2000)}x\n` },
    /intro\.fr\.md:1:\d+: COURSE_E_TOO_DEEP/,
  ],
  [
    '20,000 - on one line of course.yaml',
    { 'course.yaml': `id: x\nmodules:\n  ${'- '.repeat(20_000)}x\n` },
    /course\.yaml:3:\d+: COURSE_E_YAML_SYNTAX/,
  ],
  [
    '10,000 [ in course.yaml',
    { 'course.yaml': `id: ${'['.repeat(10_000)}\n` },
    /course\.yaml:1:105: COURSE_E_YAML_SYNTAX/,
  ],
])('%s: a located "too deep" error, no stack overflow', async (_name, files, where) => {
  const c = await makeCourse({
    'course.yaml': courseYaml(markdownBlock),
    'pages/intro.fr.md': 'Texte.\n',
    'pages/intro.en.md': 'Text.\n',
    ...files,
  });
  const r = await loadCourse(c.dir);
  await c.remove();
  const shown = (r.ok ? [] : r.diagnostics)
    .map((d) => `${d.file}:${d.line}:${d.col}: ${d.code} ${d.message}`)
    .join('\n');
  expect(shown).toMatch(where);
  expect(shown).toMatch(/nested more than 100 levels deep/);
  expect(shown).not.toMatch(/call stack/);
});

test('a Markdown text in course.yaml nested too deep is refused at its key', async () => {
  const text = `${'> '.repeat(500)}x`;
  const c = await makeCourse({
    'course.yaml': courseYaml(`          - type: markdown\n            text: { fr: "${text}", en: Text }`),
  });
  const r = await loadCourse(c.dir);
  await c.remove();
  expect(r.ok ? [] : r.diagnostics.map(formatDiagnostic)).toEqual([
    expect.stringMatching(/course\.yaml:17:\d+: .*text\.fr: quotes \(>\) or lists nested more than 100/),
  ]);
});

test.each([
  ['quotes at the limit', `${'> '.repeat(MAX_NESTING)}x`, undefined],
  ['quotes one past the limit', `${'> '.repeat(MAX_NESTING + 1)}x`, { offset: 2 * MAX_NESTING }],
  [
    'indented lists count their indentation',
    `${' '.repeat(2 * MAX_NESTING)}- x`,
    { offset: 2 * MAX_NESTING },
  ],
  ['ordinary Markdown', '# Title\n\n- a\n  - b\n    > c\n\n1. one\n2) two\n\n-- not a list\n', undefined],
])('markdownTooDeep: %s', (_name, text, expected) => {
  expect(markdownTooDeep(text)).toEqual(expected);
});

test.each([
  ['flow at the limit', `a: ${'['.repeat(MAX_NESTING)}${']'.repeat(MAX_NESTING)}`, undefined],
  ['flow one past the limit', `a: ${'['.repeat(MAX_NESTING + 1)}`, { offset: 3 + MAX_NESTING }],
  [
    'brackets in quoted and block texts do not count',
    `a: "${'['.repeat(200)}"\nb: |\n  ${'{'.repeat(200)}\n`,
    undefined,
  ],
])('yamlTooDeep: %s', (_name, source, expected) => {
  expect(yamlTooDeep(source)).toEqual(expected);
});
