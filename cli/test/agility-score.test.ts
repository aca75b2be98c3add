import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { parseCsv } from '@dlis/agility';
import { run } from './run-cli.ts';
import { workedExampleAnswers } from '../../packages/agility/test/support/worked-example.ts';

const agilityCourse = fileURLToPath(new URL('../../courses/agility-index', import.meta.url));
const m1Course = fileURLToPath(
  new URL('../../courses/m1-dematerialisation-acces-aux-droits', import.meta.url),
);

let work: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'dlis-agility-'));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

/** BRIEF §3.4's worked example (index 58.25, Level 2). */
const workedExample: Record<string, number | string> = workedExampleAnswers as Record<
  string,
  number | string
>;

function csvOf(rows: Record<string, number | string>[], extra: string[] = []): string {
  const ids = Object.keys(workedExample);
  const header = ['respondent', ...ids, ...extra];
  return [header, ...rows.map((r) => header.map((h) => String(r[h] ?? '')))]
    .map((cells) => cells.join(','))
    .join('\r\n');
}

interface Printed {
  respondent: string;
  background: Record<string, unknown>;
  result: { index: number; level: { id: number }; modules: Record<string, string[]>; model: { id: string } };
}

describe('dlis agility score', () => {
  test('JSON responses: the worked example of BRIEF §3.4 gives 58.25 / Level 2', async () => {
    const responses = [
      { respondent: 'r1', answers: workedExample, background: { country: 'FR', role: 'student' } },
      { respondent: 'r2', answers: { '1.1': 4, '3.4': 'na', '8.2': 2, 'D1-S1': 'C' } },
    ];
    await writeFile(join(work, 'responses.json'), JSON.stringify(responses));
    const { code, out, err } = await run(['agility', 'score', '--responses', 'responses.json'], work);
    expect(err).toBe('');
    expect(code).toBe(0);
    const printed = JSON.parse(out) as Printed[];
    expect(printed.map((p) => p.respondent)).toEqual(['r1', 'r2']);
    const [r1] = printed;
    expect(r1?.result.index).toBe(58.25);
    expect(r1?.result.level.id).toBe(2);
    expect(r1?.result.model).toEqual({ id: 'dlis-agility-index', version: '0.2.0' });
    expect(r1?.result.modules.recommended).toEqual(['M4', 'M6', 'M5', 'M3']);
    expect(r1?.background).toEqual({ country: 'FR', role: 'student' });
  });

  test('CSV responses give the same results to the last bit as JSON', async () => {
    await writeFile(join(work, 'r.json'), JSON.stringify([{ respondent: 'r1', answers: workedExample }]));
    await writeFile(join(work, 'r.csv'), `\uFEFF${csvOf([{ respondent: 'r1', ...workedExample }])}\r\n`);
    const fromJson = await run(['agility', 'score', '--responses', 'r.json'], work);
    const fromCsv = await run(
      ['agility', 'score', '--questionnaire', 'dlis-agility-index', '--responses', 'r.csv'],
      work,
    );
    expect(fromCsv.err).toBe('');
    expect(fromCsv.code).toBe(0);
    expect(JSON.parse(fromCsv.out)).toEqual(JSON.parse(fromJson.out));
    expect((JSON.parse(fromCsv.out) as Printed[])[0]?.result.index).toBe(58.25);
  });

  test('--format csv: one wide row per respondent with the documented columns', async () => {
    const rows = [
      { respondent: 'r1', ...workedExample, 'bg.country': 'FR' },
      { respondent: 'r2', ...workedExample, '6.1': 1, '6.2': 1, 'D6-S1': 'A', 'bg.country': 'BE' },
    ];
    await writeFile(join(work, 'r.csv'), csvOf(rows, ['D6-S1', 'bg.country']));
    const { code, out } = await run(['agility', 'score', '--responses', 'r.csv', '--format', 'csv'], work);
    expect(code).toBe(0);
    const parsed = parseCsv(out);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const [header = [], ...records] = parsed.records.map((r) => r.cells.map((c) => c.value));
    expect(header.slice(0, 6)).toEqual([
      'respondent',
      'model.id',
      'model.version',
      'index',
      'indexWeightShare',
      'level',
    ]);
    expect(header.slice(6, 16)).toEqual([
      'D1.status',
      'D1.score',
      'D1.self',
      'D1.knowledge',
      'D1.knowledgeCounted',
      'D1.gap',
      'D1.answered',
      'D1.scenariosAnswered',
      'D1.tier',
      'D1.calibration',
    ]);
    expect(header.slice(-5)).toEqual([
      'critical',
      'modules.priority',
      'modules.recommended',
      'modules.optional',
      'bg.country',
    ]);
    expect(header).toHaveLength(6 + 80 + 5);
    const value = (row: string[] | undefined, column: string) => row?.[header.indexOf(column)];
    expect(records).toHaveLength(2);
    const [r1, r2] = records;
    expect([value(r1, 'respondent'), value(r1, 'index'), value(r1, 'level')]).toEqual(['r1', '58.25', '2']);
    expect([
      value(r1, 'D2.score'),
      value(r1, 'D2.self'),
      value(r1, 'D2.knowledge'),
      value(r1, 'D2.gap'),
    ]).toEqual(['65', '75', '50', '25']);
    expect(value(r1, 'D1.status')).toBe('scored');
    expect(value(r1, 'D3.tier')).toBe('recommended');
    expect(value(r1, 'modules.recommended')).toBe('M4 M6 M5 M3');
    expect(value(r1, 'critical')).toBe('');
    expect(value(r2, 'critical')).toBe('D6-S1');
    expect(value(r2, 'modules.priority')).toContain('M4');
    expect(value(r2, 'bg.country')).toBe('BE');
  });

  test('bad rows are located on stderr and skipped; the others are scored; exit 1', async () => {
    const text = [
      '[',
      '  {"respondent": "r1", "answers": {"1.1": 4}},',
      '  {"respondent": "r7", "answers": {"1.1": 4, "3.4": 6}},',
      '  {"respondent": "r8", "answers": {"D1-S1": "Z"}},',
      '  {"answers": {}},',
      '  {"respondent": "r9", "answers": {"2.1": 3}}',
      ']',
    ].join('\n');
    await writeFile(join(work, 'responses.json'), text);
    const { code, out, err } = await run(['agility', 'score', '--responses', 'responses.json'], work);
    expect(code).toBe(1);
    expect((JSON.parse(out) as Printed[]).map((p) => p.respondent)).toEqual(['r1', 'r9']);
    expect(err.split('\n')).toEqual([
      'responses.json:3:53: respondent r7: item 3.4: value 6 is not on the 1-5 scale (answer an integer 1..5, "na", or leave it empty).',
      'responses.json:4:45: respondent r8: scenario D1-S1: value "Z" is not one of its options (A, B, C, D), or leave it empty.',
      'responses.json:5:3: entry 4 has no "respondent" id (a non-empty string); add one.',
      '',
      'scored 2 respondents; 3 rows skipped (3 problems).',
      '',
    ]);
  });

  test('bad CSV cells are located at their cell', async () => {
    await writeFile(join(work, 'r.csv'), 'respondent,1.1,3.4\r\nr1,4,4\r\nr7,4,6\r\n');
    const { code, out, err } = await run(
      ['agility', 'score', '--responses', 'r.csv', '--format', 'csv'],
      work,
    );
    expect(code).toBe(1);
    expect(err).toContain('r.csv:3:6: respondent r7: item 3.4: value 6 is not on the 1-5 scale');
    expect(out.trim().split('\r\n')).toHaveLength(2);
  });

  test.each([
    [
      'r.json',
      '[{"respondent": "r1", "answers": {"1.1": 4}\n',
      'r.json:2:1: invalid JSON: expected "," or "}", found the end of the file.',
    ],
    [
      'r.csv',
      'respondent,1.1\r\n"r1,4\r\n',
      'r.csv:2:1: invalid CSV: this quoted field is never closed: add the closing ".',
    ],
    [
      'r.csv',
      'respondent,1.1,11.1\r\nr1,4,4\r\n',
      'r.csv:1:16: column "11.1" is neither "respondent", an item or scenario id',
    ],
  ])('a malformed file %s is one located error, exit 1, no output', async (name, text, message) => {
    await writeFile(join(work, name), text);
    await writeFile(join(work, 'out.json'), 'previous');
    const { code, out, err } = await run(
      ['agility', 'score', '--responses', name, '--out', 'out.json'],
      work,
    );
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toContain(message);
    expect(err).not.toMatch(/\n\s+at /);
    expect(await readFile(join(work, 'out.json'), 'utf8')).toBe('previous');
  });

  test('--out replaces the file atomically and leaves no temporary file', async () => {
    await mkdir(join(work, 'results'));
    await writeFile(join(work, 'r.json'), JSON.stringify([{ respondent: 'r1', answers: workedExample }]));
    await writeFile(join(work, 'results', 'scores.csv'), 'an older, longer file '.repeat(1000));
    const { code, out, err } = await run(
      ['agility', 'score', '--responses', 'r.json', '--format', 'csv', '--out', 'results/scores.csv'],
      work,
    );
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toBe('');
    expect(await readdir(join(work, 'results'))).toEqual(['scores.csv']);
    const written = await readFile(join(work, 'results', 'scores.csv'), 'utf8');
    expect(written).toMatch(/^respondent,model\.id,/);
    expect(written.split('\r\n')[1]).toMatch(/^r1,dlis-agility-index,0\.2\.0,58\.25,1,2,/);
  });

  test('--out into a missing folder is a clear error, without a stack trace', async () => {
    await writeFile(join(work, 'r.json'), '[]');
    const { code, err } = await run(
      ['agility', 'score', '--responses', 'r.json', '--out', 'nope/out.json'],
      work,
    );
    expect(code).toBe(1);
    expect(err).toContain('error: cannot write nope/out.json: no such file or folder.');
  });

  test('--input-format overrides the extension; an unknown extension needs it', async () => {
    await writeFile(join(work, 'export.txt'), 'respondent,1.1\r\nr1,4\r\n');
    const guessed = await run(['agility', 'score', '--responses', 'export.txt'], work);
    expect(guessed.code).toBe(2);
    expect(guessed.err).toContain('add --input-format json or csv');
    const told = await run(['agility', 'score', '--responses', 'export.txt', '--input-format', 'csv'], work);
    expect(told.err).toBe('');
    expect(told.code).toBe(0);
    expect((JSON.parse(told.out) as Printed[])[0]?.respondent).toBe('r1');
  });

  test('--questionnaire: a course folder without a definition, or an unknown id, fails clearly', async () => {
    await writeFile(join(work, 'r.json'), '[]');
    await mkdir(join(work, 'my-course'));
    const folder = await run(
      ['agility', 'score', '--questionnaire', 'my-course', '--responses', 'r.json'],
      work,
    );
    expect(folder.code).toBe(1);
    expect(folder.err).toMatch(/no course\.yaml in my-course.*fix them to read its questionnaire/s);
    await writeFile(join(work, 'my-course', 'course.yaml'), 'id: [');
    const broken = await run(
      ['agility', 'score', '--questionnaire', 'my-course', '--responses', 'r.json'],
      work,
    );
    expect(broken.code).toBe(1);
    expect(broken.err).toMatch(/course\.yaml:1:\d+: .*fix them to read its questionnaire/s);
    const unknown = await run(
      ['agility', 'score', '--questionnaire', 'dlis-agility', '--responses', 'r.json'],
      work,
    );
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('neither the built-in model id "dlis-agility-index" nor a course folder');
  });

  test('--questionnaire courses/agility-index scores with the course definition, as the built-in model does', async () => {
    const responses = [{ respondent: 'r1', answers: workedExample }];
    await writeFile(join(work, 'r.json'), JSON.stringify(responses));
    const fromCourse = await run(
      ['agility', 'score', '--questionnaire', agilityCourse, '--responses', 'r.json'],
      work,
    );
    expect(fromCourse.err).toBe('');
    expect(fromCourse.code).toBe(0);
    const [r1] = JSON.parse(fromCourse.out) as Printed[];
    expect(r1?.result.index).toBe(58.25);
    expect(r1?.result.level.id).toBe(2);
    const builtIn = await run(['agility', 'score', '--responses', 'r.json'], work);
    expect(JSON.parse(fromCourse.out)).toEqual(JSON.parse(builtIn.out));
  });

  test('--questionnaire: a valid course without a questionnaire block is refused with a hint', async () => {
    await writeFile(join(work, 'r.json'), '[]');
    const { code, err } = await run(
      ['agility', 'score', '--questionnaire', m1Course, '--responses', 'r.json'],
      work,
    );
    expect(code).toBe(1);
    expect(err).toMatch(/no questionnaire block.*courses\/agility-index/s);
  });

  test('a missing responses file or option is reported without a stack trace', async () => {
    const missing = await run(['agility', 'score', '--responses', 'nope.json'], work);
    expect(missing.code).toBe(1);
    expect(missing.err).toBe('error: cannot read the responses file nope.json: no such file or folder.\n');
    const noOption = await run(['agility', 'score'], work);
    expect(noOption.code).toBe(2);
    expect(noOption.err).toContain("required option '--responses <file>' not specified");
  });
});
