import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findQuestionnaire, loadCourse } from '@dlis/course';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { run } from './run-cli.ts';
import {
  QUESTIONNAIRE,
  respondentStatements,
} from '../../packages/analytics/test/support/questionnaire-statements.ts';
import { startFaultProxy, startLrs, type LiveLrs } from '../../packages/analytics/test/support/live-lrs.ts';
import { uniformAnswers } from '../../packages/analytics/test/support/uniform-answers.ts';

const agilityCourse = fileURLToPath(new URL('../../courses/agility-index', import.meta.url));
const otherCourse = fileURLToPath(new URL('../../courses/m4-donnees-personnelles-rgpd', import.meta.url));

let live: LiveLrs;
let work: string;
let secret: string;

beforeAll(async () => {
  live = await startLrs(20);
  secret = live.auth.split(':')[1]!;
  work = await mkdtemp(join(tmpdir(), 'dlis-research-'));
  // FR 6 respondents, BE 5, LU 1: LU is under 5, and BE is suppressed with it so LU cannot be derived from totals
  const targets = [
    ['FR', 0],
    ['FR', 25],
    ['FR', 50],
    ['FR', 50],
    ['FR', 75],
    ['FR', 100],
    ['BE', 50],
    ['BE', 50],
    ['BE', 50],
    ['BE', 50],
    ['BE', 50],
    ['LU', 100],
  ] as const;
  await live.post(
    targets.flatMap(([country, t], i) =>
      respondentStatements({
        learner: `jane.doe${i}@example.org`,
        answers: uniformAnswers(t),
        background: { Q1: country },
      }),
    ),
  );
});
afterAll(async () => {
  await live.close();
  await rm(work, { recursive: true, force: true });
});

const lrsArgs = () => ['--lrs', live.endpoint, '--auth', live.auth, '--activity', QUESTIONNAIRE];

describe('dlis report', () => {
  test('writes a self-contained HTML report; progress and summary on stderr; the secret never printed', async () => {
    const { code, out, err } = await run(
      ['report', ...lrsArgs(), '--by', 'country', '--out', 'r.html', '--lang', 'fr'],
      work,
    );
    expect(code).toBe(0);
    expect(out).toBe('');
    expect(err).toMatch(/^done: \d+ statements/m);
    expect(err).toContain('report: 12 respondents with research consent, 3 groups (2 suppressed, under 5)');
    expect(err + out).not.toContain(secret);
    const html = await readFile(join(work, 'r.html'), 'utf8');
    expect(html).toContain('<html lang="fr">');
    expect(html).not.toContain('jane.doe');
    expect(html).not.toContain(secret);
  });

  test('--format csv writes the aggregate CSV files beside --out; respondent rows only with --respondents', async () => {
    const { code } = await run(
      ['report', ...lrsArgs(), '--by', 'country', '--format', 'csv', '--out', 'study.csv', '--quiet'],
      work,
    );
    expect(code).toBe(0);
    const files = (await readdir(work)).filter((f) => f.startsWith('study.')).sort();
    expect(files).toEqual([
      'study.comparisons.csv',
      'study.disagreements.csv',
      'study.item-analysis.csv',
      'study.levels.csv',
      'study.reliability.csv',
      'study.scenario-analysis.csv',
      'study.summary.csv',
    ]);
    const asked = await run(
      [
        'report',
        ...lrsArgs(),
        '--by',
        'country',
        '--out',
        'r2.html',
        '--respondents',
        'people.csv',
        '--quiet',
      ],
      work,
    );
    expect(asked.code).toBe(0);
    const people = (await readdir(work)).filter((f) => f.startsWith('people.')).sort();
    expect(people).toEqual(['people.items.csv', 'people.tidy.csv', 'people.wide.csv']);
    const wide = await readFile(join(work, 'people.wide.csv'), 'utf8');
    expect(wide).not.toContain(',LU,');
    expect(wide).not.toContain('jane.doe');
    expect(await readdir(work)).not.toContain('codebook');
  });

  test('--codebook DIR writes the matrix, its codebook, datapackage.json, R, SPSS and lavaan files', async () => {
    const { code, err } = await run(
      ['report', ...lrsArgs(), '--by', 'country', '--out', 'r3.html', '--codebook', 'codebook', '--quiet'],
      work,
    );
    expect(code).toBe(0);
    expect(err).toContain('codebook and respondent × item matrix in codebook');
    expect((await readdir(join(work, 'codebook'))).sort()).toEqual([
      'cfa-model.lavaan',
      'codebook.csv',
      'datapackage.json',
      'load.R',
      'load.sps',
      'respondents.csv',
    ]);
    const matrix = await readFile(join(work, 'codebook', 'respondents.csv'), 'utf8');
    expect(matrix.split('\r\n').filter((l) => l !== '')).toHaveLength(13); // header + 12 respondents
    expect(matrix).not.toContain('jane.doe');
    expect(matrix).not.toContain(',LU,'); // a hidden group's members read 'suppressed', as in --respondents
    const html = await readFile(join(work, 'r3.html'), 'utf8');
    expect(html).not.toContain('i1_1');
  });

  test('--wave2-*: a second wave of the same respondents, paired (here the same statements: no difference)', async () => {
    const { code, out } = await run(
      ['report', ...lrsArgs(), '--wave2-since', '2000-01-01', '--format', 'json', '--quiet'],
      work,
    );
    expect(code).toBe(0);
    const paired = (JSON.parse(out) as { paired: { pairs: number; measures: { n: number; t: unknown }[] } })
      .paired;
    expect(paired.pairs).toBe(12);
    expect(paired.measures[0]).toMatchObject({ n: 12, t: null }); // every difference 0: no test
    const wrong = await run(['report', ...lrsArgs(), '--wave2-since', 'soon', '--quiet'], work);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('--wave2-since');
  });

  test('JSON to stdout, credentials from DLIS_LRS_URL / DLIS_LRS_AUTH', async () => {
    process.env.DLIS_LRS_URL = live.endpoint;
    process.env.DLIS_LRS_AUTH = live.auth;
    try {
      const { code, out, err } = await run(['report', '--format', 'json', '--quiet'], work);
      expect(code).toBe(0);
      expect((JSON.parse(out) as { groups: { n: number }[] }).groups[0]?.n).toBe(12);
      expect(err + out).not.toContain(secret);
    } finally {
      delete process.env.DLIS_LRS_URL;
      delete process.env.DLIS_LRS_AUTH;
    }
  });

  test('--questionnaire <course dir>: the course questionnaire block gives the scoring model', async () => {
    const loaded = await loadCourse(agilityCourse);
    if (!loaded.ok) throw new Error('the agility-index course does not load');
    const definition = findQuestionnaire(loaded.model)!.definition;
    const { code, out } = await run(
      ['report', ...lrsArgs(), '--questionnaire', agilityCourse, '--format', 'json', '--quiet'],
      work,
    );
    expect(code).toBe(0);
    const data = JSON.parse(out) as { model: unknown; groups: { n: number }[] };
    expect(data.model).toEqual({ id: definition.id, version: definition.version });
    expect(data.groups[0]?.n).toBe(12);
    // A course without a questionnaire block: exit 1 and what to give instead; a path that is nothing: exit 2.
    const none = await run(['report', ...lrsArgs(), '--questionnaire', otherCourse, '--quiet'], work);
    expect(none.code).toBe(1);
    expect(none.err).toMatch(/has no questionnaire block/);
    expect(none.out).toBe('');
    const missing = await run(['report', ...lrsArgs(), '--questionnaire', 'no-such-course'], work);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(
      /neither the built-in model id .* nor a course folder nor an agility definition/,
    );
  });

  test('usage errors name the option and exit 2', async () => {
    const cases: [string[], RegExp][] = [
      [
        ['report', ...lrsArgs(), '--min-cell', '3'],
        /--min-cell must be an integer of at least 5 .*, got "3"/,
      ],
      [['report', '--auth', live.auth], /no LRS given: add --lrs/],
      [['report', ...lrsArgs(), '--since', 'yesterday'], /--since must be a date/],
      [['report', ...lrsArgs(), '--by', 'country,country'], /--by: .*twice/],
      [['report', ...lrsArgs(), '--format', 'csv'], /--format csv writes several files/],
      [
        ['report', ...lrsArgs(), '--respondents', 'people.txt'],
        /--respondents must name a \.json file or a \.csv/,
      ],
      [
        ['report', ...lrsArgs(), '--out', 'same.json', '--respondents', 'same.json'],
        /--respondents must be another file than --out/,
      ],
      [['report', '--lrs', live.endpoint, '--auth', 'nocolon'], /--auth .* must be KEY:SECRET/],
      [['export', ...lrsArgs(), '--resume'], /--resume needs --out/],
    ];
    for (const [argv, message] of cases) {
      const { code, err } = await run(argv, work);
      expect(code, argv.join(' ')).toBe(2);
      expect(err).toMatch(message);
      expect(err).not.toContain(secret);
    }
  });

  test('refused credentials: exit 1, the message says what to do, the secret is not echoed', async () => {
    const { code, err } = await run(
      ['report', '--lrs', live.endpoint, '--auth', 'wrongkey:hunter22secret'],
      work,
    );
    expect(code).toBe(1);
    expect(err).toContain('refused the credentials (HTTP 401)');
    expect(err).toContain('[ANALYTICS_E_UNAUTHORIZED]');
    expect(err).not.toContain('hunter22secret');
  });

  test('an LRS failing mid-way: exit 1, the message of the failing request, no file written', async () => {
    // the first page, the newest-statement probe and one more page pass; every later request gets a 400
    const proxy = await startFaultProxy(live.endpoint, (n) => (n < 3 ? 'pass' : { status: 400 }));
    try {
      const { code, err } = await run(
        ['report', '--lrs', proxy.endpoint, '--auth', live.auth, '--page-size', '5', '--out', 'mid.html'],
        work,
      );
      expect(code).toBe(1);
      expect(err).toContain(
        `The LRS at ${proxy.endpoint}/statements answered HTTP 400 to GET statements; check the endpoint`,
      );
      expect(err).toContain('[ANALYTICS_E_LRS_REQUEST]');
      expect(err).not.toContain(secret);
      expect((await readdir(work)).filter((f) => f.includes('mid'))).toEqual([]);
    } finally {
      await proxy.close();
    }
  });

  test('credentials in the URL are moved to the header and never printed', async () => {
    const url = new URL(live.endpoint);
    const [key, pass] = live.auth.split(':');
    url.username = key!;
    url.password = pass!;
    const { code, err } = await run(
      ['report', '--lrs', url.toString(), '--format', 'json', '--out', 'u.json'],
      work,
    );
    expect(code).toBe(0);
    expect(err).not.toContain(pass!);
  });
});

describe('dlis export', () => {
  test('NDJSON to stdout, one statement per line', async () => {
    const { code, out } = await run(['export', ...lrsArgs(), '--quiet'], work);
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(12);
    expect(lines.every((l) => (JSON.parse(l) as { id?: string }).id !== undefined)).toBe(true);
  });

  test('nothing matching: exit 0 and nothing on stdout (no blank line)', async () => {
    const { code, out } = await run(['export', ...lrsArgs(), '--since', '2099-01-01', '--quiet'], work);
    expect(code).toBe(0);
    expect(out).toBe('');
  });

  test('CSV to a file, with a summary line', async () => {
    const { code, err } = await run(['export', ...lrsArgs(), '--format', 'csv', '--out', 'raw.csv'], work);
    expect(code).toBe(0);
    expect(err).toMatch(/export: \d+ statements in \d+ pages; wrote raw\.csv\./);
    expect((await readFile(join(work, 'raw.csv'), 'utf8')).startsWith('id,timestamp,stored,actor,verb')).toBe(
      true,
    );
  });
});
