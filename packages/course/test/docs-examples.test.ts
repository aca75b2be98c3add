import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { formatDiagnostic, loadCourse } from '../src/index.ts';
import { courseYaml, makeCourse } from './support/course-dir.ts';

const guide = join(import.meta.dirname, '../../../docs/course-format.md');

/** Every ```yaml example of the guide, with its line in the guide. */
function examples(): { line: number; yaml: string }[] {
  const found: { line: number; yaml: string }[] = [];
  const lines = readFileSync(guide, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== '```yaml') continue;
    const end = lines.indexOf('```', i + 1);
    found.push({ line: i + 2, yaml: lines.slice(i + 1, end).join('\n') });
    i = end;
  }
  return found;
}

/** Top-level keys an example may show alone: they are merged into a minimal course. */
const courseKeys = new Set(['glossary', 'assessment', 'theme', 'tracking', 'cover']);

/**
 * The examples that are not a piece of course.yaml (the questionnaire file and the links file have their own
 * tests), or only part of a block (a comment line, a page's keys, a `choices:` list alone).
 */
function kindOf(data: unknown): 'course' | 'blocks' | 'keys' | 'other' {
  if (Array.isArray(data))
    return data.every((b) => typeof b === 'object' && b && 'type' in b) ? 'blocks' : 'other';
  if (typeof data !== 'object' || data === null) return 'other';
  if ('modules' in data) return 'course';
  return Object.keys(data).every((k) => courseKeys.has(k)) ? 'keys' : 'other';
}

/** Problems of the example itself; missing files (pages/…, assets/…) are expected in this empty folder. */
const shapeCodes = new Set([
  'COURSE_E_YAML_SYNTAX',
  'COURSE_E_UNKNOWN_KEY',
  'COURSE_E_MISSING_KEY',
  'COURSE_E_WRONG_TYPE',
  'COURSE_E_INVALID_VALUE',
  'COURSE_E_NOT_ALLOWED',
  'COURSE_E_MISSING_TRANSLATION',
  'COURSE_E_UNKNOWN_LANGUAGE',
]);

const all = examples();
const textBlock = '          - type: markdown\n            text: { fr: Texte, en: Text }';

test('the guide has YAML examples, most of them pieces of course.yaml', () => {
  const kinds = all.map((e) => kindOf(parse(e.yaml)));
  expect(kinds.filter((k) => k !== 'other').length).toBeGreaterThanOrEqual(18);
});

test.each(all.map((e) => [e.line, e.yaml] as const))(
  'the example at docs/course-format.md:%i validates when pasted',
  async (_line, yaml) => {
    const data: unknown = parse(yaml);
    const kind = kindOf(data);
    if (kind === 'other') return;
    const indent = (text: string, n: number) => text.replace(/^(?=.)/gm, ' '.repeat(n));
    // An example with `modules:` but no course header (e.g. variables + modules) gets the test course's header.
    const header = courseYaml(textBlock).split('\nmodules:')[0]!;
    const source =
      kind === 'course'
        ? 'id' in (data as object)
          ? yaml
          : `${header}\n${yaml}`
        : kind === 'blocks'
          ? courseYaml(indent(yaml, 10))
          : courseYaml(textBlock, { tail: yaml });
    const c = await makeCourse({ 'course.yaml': source });
    const r = await loadCourse(c.dir);
    await c.remove();
    const problems = (r.ok ? [] : r.diagnostics).filter(
      (d) => shapeCodes.has(d.code) && !/file '.*' not found/.test(d.message),
    );
    expect(problems.map(formatDiagnostic)).toEqual([]);
  },
);
