import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { formatDiagnostic, loadCourse } from '../src/index.ts';
import { courseYaml, makeCourse } from './support/course-dir.ts';

const textBlock = `          - type: markdown\n            text: { fr: a, en: b }`;
const numeric = (min: string) =>
  courseYaml(
    `          - type: question\n            id: q\n            kind: numeric\n            prompt: { fr: a, en: b }\n            min: ${min}\n            max: 3`,
  );

/** Each case: course.yaml, and the messages expected, in order, and nothing else. */
test.each([
  ['CR-only line endings are line breaks', courseYaml(textBlock).replace(/\n/g, '\r'), []],
  ['min: .nan', numeric('.nan'), [/blocks\[0\]\.min: must be a number, not \.nan\./]],
  [
    'a bad language tag, without its consequences',
    courseYaml(textBlock, { languages: '[fr, EN]' }),
    [/^course\/course\.yaml:5:\d+: languages\[1\]: "EN" is not a valid value here\.\n {2}hint: BCP 47/],
  ],
  [
    'an unknown font, with the allowed ones',
    courseYaml(textBlock, { tail: 'theme:\n  font: arial' }),
    [/theme\.font: "arial" is not allowed here\. Allowed: atkinson-hyperlegible, or a map\./],
  ],
  [
    'a text cut by a comma in a { } map, with a hint to quote it',
    courseYaml(`          - type: markdown\n            text: { fr: Texte, en: Scan, then delete }`),
    [
      /text\.then delete: "then delete" is not a valid key here\./,
      /text\.then delete: must be a text, not nothing \(null\)\.\n {2}hint: A comma inside \{ … \} starts a new entry/,
    ],
  ],
  [
    'a list as a key, without a Node warning',
    courseYaml(textBlock).replace('licence:', '[a, b]: 1\nlicence:'),
    [/unknown key '\[ a, b \]'/],
  ],
])('%s', async (_name, yaml, expected) => {
  const c = await makeCourse({ 'course.yaml': yaml });
  const warnings: unknown[] = [];
  const onWarning = (w: unknown) => warnings.push(w);
  process.on('warning', onWarning);
  const r = await loadCourse(c.dir);
  await new Promise((done) => setImmediate(done)); // process warnings are emitted on the next tick
  process.off('warning', onWarning);
  await c.remove();
  const shown = r.ok ? [] : r.diagnostics.map(formatDiagnostic);
  expect(shown).toEqual(expected.map((e) => expect.stringMatching(e)));
  expect(warnings).toEqual([]);
});

test('a course.yml instead of course.yaml gets a hint', async () => {
  const c = await makeCourse({ 'course.yml': courseYaml(textBlock) });
  const r = await loadCourse(c.dir);
  await c.remove();
  expect(r.ok ? [] : r.diagnostics.map((d) => d.hint)).toEqual([
    'The folder has a course.yml: rename it course.yaml (with an "a").',
  ]);
});

test('a course.yaml that links out of the course folder is refused; a link inside it is fine', async () => {
  const root = await mkdtemp(join(tmpdir(), 'dlis-link-'));
  await writeFile(join(root, 'elsewhere.yaml'), courseYaml(textBlock));
  await mkdir(join(root, 'out-link'));
  await symlink(join(root, 'elsewhere.yaml'), join(root, 'out-link', 'course.yaml'));
  await mkdir(join(root, 'in-link', 'src'), { recursive: true });
  await writeFile(join(root, 'in-link', 'src', 'course.yaml'), courseYaml(textBlock));
  await symlink(join('src', 'course.yaml'), join(root, 'in-link', 'course.yaml'));
  const outside = await loadCourse(join(root, 'out-link'));
  const inside = await loadCourse(join(root, 'in-link'));
  await rm(root, { recursive: true, force: true });
  expect(outside.ok ? [] : outside.diagnostics.map((d) => [d.code, d.line, d.col])).toEqual([
    ['COURSE_E_SYMLINK_ESCAPE', 1, 1],
  ]);
  expect(inside.ok).toBe(true);
});
