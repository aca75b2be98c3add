// End to end (issue 7, "Done when"): the digital agility course built by `dlis build` (a child process) as a
// hybrid SCORM 2004 package (`--lrs`, credentials in the launch URL, `--links` for this deployment), answered in
// real Chromium by eleven learners with different answers (ten give research consent, one refuses), all reporting
// to the embedded LRS; then `dlis report` (a child process) reads that LRS and must reproduce the browser's scores,
// leave out the learner without research consent, and suppress small groups in every output (html, csv, json).
// Groups by country: FR 5 (shown), GR 3 and RO 2 (each under 5, hidden; together 5, so FR cannot be derived
// back from the total by subtraction either: complementary suppression leaves FR shown).
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { round, scoreQuestionnaire, type AgilityResult } from '@dlis/agility';
import { pseudonym } from '@dlis/analytics';
import { compileCourse, loadCourse } from '@dlis/course';
import type { CompiledCourse, QuestionnaireBlock } from '@dlis/course/compiled';
import { ResultExtensionIri, type Statement } from '@dlis/xapi-profile';
import { answerAll, questionnaireOf, scoredAnswers, startQuestionnaire } from './support/agility-walk.ts';
import { firstSessionSeed, openLms } from './support/lms.ts';
import { serveTestLms, type TestLmsServer } from './support/lms-import.ts';
import { basicAuth, startTestLrs, type TestLrsServer } from './support/lrs-server.ts';
import { expectValidStatements, verbOf } from './support/statements.ts';
import { unzipTo } from './support/unzip.ts';

const run = promisify(execFile);
const root = fileURLToPath(new URL('..', import.meta.url));
const courseDir = join(root, 'courses/agility-index');
const dlis = (args: string[]) =>
  run(process.execPath, [join(root, 'cli/bin/dlis.js'), ...args], { cwd: root });

/** Country of each learner (undefined: research consent refused, so no background question either). */
const LEARNERS: readonly (string | undefined)[] = [
  'FR',
  'GR',
  'FR',
  'RO',
  'FR',
  'GR',
  undefined,
  'FR',
  'GR',
  'RO',
  'FR',
];
/** This deployment's links of the recommended modules (`dlis build --links`), winning over course.yaml. */
const LINKS: Record<string, string> = Object.fromEntries(
  ['M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7'].map((id) => [id, `https://lms.pilot.test/course/${id}`]),
);
const LAUNCH_PATH = '/lms/scorm2004/courses/71/sco/';
const fmt1 = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

interface Learner {
  country: string | undefined;
  registration: string;
  answers: Record<string, number | string>;
  expected: AgilityResult;
}

let lrs: TestLrsServer;
let testLms: TestLmsServer;
let course: CompiledCourse;
let block: QuestionnaireBlock;
let manifest: string;
let work: string;
let readAuth: string;
const learners: Learner[] = [];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'dlis-research-'));
  lrs = await startTestLrs();
  const loaded = await loadCourse(courseDir);
  if (!loaded.ok) throw new Error('courses/agility-index does not validate');
  course = compileCourse(loaded.model).course;
  block = questionnaireOf(course);

  const linksFile = join(work, 'links.yaml');
  await writeFile(
    linksFile,
    `# links of the pilot LMS\n${Object.entries(LINKS)
      .map(([id, url]) => `${id}: ${url}`)
      .join('\n')}\n`,
  );
  const zips = join(work, 'zips');
  await dlis([
    'build',
    courseDir,
    '--target',
    'scorm2004',
    '--lrs',
    lrs.endpoint,
    '--links',
    linksFile,
    '--out',
    zips,
    '--demo',
  ]);
  const sco = join(work, 'sco');
  await unzipTo(join(zips, 'agility-index-scorm2004.zip'), sco);
  manifest = await readFile(join(sco, 'imsmanifest.xml'), 'utf8');
  testLms = await serveTestLms({ [LAUNCH_PATH]: sco });
  const { key, secret } = lrs.makeKey('research report', ['statements/read']);
  readAuth = `${key}:${secret}`;
});

afterAll(async () => {
  await testLms?.close();
  await lrs?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

/** A different answer sheet per learner `k`: every scale point, N/A on two items, scenario options rotated. */
function answersOf(k: number): Record<string, number | string> {
  const def = block.definition;
  const out: Record<string, number | string> = {};
  def.items.forEach((item, i) => {
    out[item.id] =
      i === (7 + k) % def.items.length || i === 30 ? 'na' : ((i * 3 + k * 2 + (k > 5 ? i : 0)) % 5) + 1;
  });
  def.scenarios.forEach((s, i) => {
    out[s.id] = s.options[(i + k) % s.options.length]?.id ?? 'A';
  });
  return out;
}

const objectId = (s: Statement) => (s.object as { id?: string }).id ?? '';
const isQuestionnaireCompleted = (s: Statement) =>
  verbOf(s) === 'completed' && objectId(s).includes('/questionnaires/');
const dimensionScores = (r: { dimensions: readonly { id: string; score: number | null }[] }) =>
  Object.fromEntries(r.dimensions.map((d) => [d.id, d.score]));
const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

describe('research report from a hybrid deployment (issue 7)', () => {
  test('eleven learners answer in Chromium; the page, the statements and `dlis agility score` agree', async () => {
    const { key, secret } = lrs.makeKey('learners', ['statements/write']);
    const auth = basicAuth(key, secret);
    const seen = new Set<string>();
    let linked = 0;
    for (const [k, country] of LEARNERS.entries()) {
      const lms = await openLms(testLms.browser, testLms.lmsUrl, {
        version: 'scorm2004',
        launchUrl: `${LAUNCH_PATH}index.html?${new URLSearchParams({ auth }).toString()}`,
        seed: {
          ...firstSessionSeed('scorm2004', manifest),
          learner_id: `learner-${k}`,
          learner_name: `L${k}`,
        },
      });
      const frame = lms.frame();
      const q = frame.locator('dlis-questionnaire');
      const planned = answersOf(k);
      await startQuestionnaire(frame, course, block, country);
      const shown = await answerAll(frame, block, planned, country);
      await q.getByRole('button', { name: 'Submit my answers' }).click();
      const answers = scoredAnswers(block, planned, shown);
      const expected = scoreQuestionnaire(block.definition, answers);

      // The results page, to the decimal: the index and each dimension's score.
      const results = q.locator('dlis-agility-results');
      await expect
        .poll(() => results.locator('.index').textContent())
        .toContain(expected.index === null ? '' : fmt1.format(expected.index));
      const shownScores = await results.locator('dlis-bar-chart tbody td .value span').allTextContents();
      expect(shownScores).toHaveLength(expected.dimensions.length);
      expected.dimensions.forEach((d, j) => {
        if (d.score !== null) expect(shownScores[j]).toBe(fmt1.format(d.score));
      });
      // Recommended modules link to this deployment's LMS (--links), not to course.yaml's sibling packages.
      // Module links are labels only (no id shown): every module link must be one of this deployment's URLs.
      const moduleLabels = new Map(
        block.definition.resources.filter((r) => r.kind === 'module').map((r) => [r.labels.en, r.id]),
      );
      for (const a of await results.locator('li a').all()) {
        const text = (await a.textContent())?.trim() ?? '';
        const id = [...moduleLabels].find(([label]) => text.includes(label))?.[1];
        if (id === undefined) continue;
        expect(await a.getAttribute('href')).toBe(LINKS[id]);
        linked++;
      }

      let completed: Statement | undefined;
      await expect
        .poll(
          async () => {
            completed = (await lrs.statements()).find(
              (s) => isQuestionnaireCompleted(s) && !seen.has(s.context?.registration ?? ''),
            );
            return completed !== undefined;
          },
          { timeout: 120_000 },
        )
        .toBe(true);
      await lms.close();
      const registration = completed?.context?.registration ?? '';
      seen.add(registration);
      const ext = completed?.result?.extensions ?? {};
      expect(ext[ResultExtensionIri.agilityIndex]).toBe(expected.index);
      expect(ext[ResultExtensionIri.agilityDimensions]).toEqual(dimensionScores(expected));
      learners.push({ country, registration, answers, expected });
    }
    expect(linked).toBeGreaterThan(0);
    expect(new Set(learners.map((l) => l.expected.index)).size).toBeGreaterThan(1);
    expectValidStatements(await lrs.statements());

    // `dlis agility score` on the same answers (one file, every learner).
    const responses = join(work, 'responses.json');
    await writeFile(
      responses,
      JSON.stringify(learners.map((l, k) => ({ respondent: `learner-${k}`, answers: l.answers }))),
    );
    const { stdout } = await dlis([
      'agility',
      'score',
      '--questionnaire',
      courseDir,
      '--responses',
      responses,
      '--format',
      'json',
    ]);
    const scored = JSON.parse(stdout) as { respondent: string; result: AgilityResult }[];
    expect(scored.map((s) => [s.result.index, dimensionScores(s.result)])).toEqual(
      learners.map((l) => [l.expected.index, dimensionScores(l.expected)]),
    );
  });

  /** The learners who gave research consent, by country. */
  const consenting = () => learners.filter((l) => l.country !== undefined);
  const refusing = () => learners.filter((l) => l.country === undefined);
  const report = async (args: string[]) =>
    dlis(['report', '--lrs', lrs.endpoint, '--auth', readAuth, '--by', 'country', '--quiet', ...args]);

  test('`dlis report` JSON: the same scores, without the refusing learner, small countries suppressed', async () => {
    expect(learners).toHaveLength(LEARNERS.length);
    const respondentsFile = join(work, 'respondents.json');
    const { stdout, stderr } = await report(['--format', 'json', '--respondents', respondentsFile]);
    expect(stderr).not.toContain('warning');
    const data = JSON.parse(stdout) as {
      source: { actors: number; withoutConsent: number };
      disagreements: { total: number };
      groups: {
        label: string;
        n: number | null;
        suppressed: boolean;
        index: { n: number; mean: number } | null;
        dimensions: { id: string; summary: { mean: number } | null }[];
      }[];
    };
    // Respondent-level data never in the report: only in the file asked for with --respondents.
    expect(stdout).not.toContain('"respondents"');
    const { respondents } = JSON.parse(await readFile(respondentsFile, 'utf8')) as {
      respondents: {
        id: string;
        background: Record<string, string>;
        index: number | null;
        dimensions: { id: string; score: number | null }[];
      }[];
    };
    expect(data.source.actors).toBe(LEARNERS.length);
    expect(data.source.withoutConsent).toBe(1);
    expect(data.disagreements.total).toBe(0);

    // Respondent level: the browser's scores exactly; the refusing learner is absent.
    const byId = new Map(respondents.map((r) => [r.id, r]));
    expect(byId.size).toBe(consenting().length);
    for (const l of refusing()) expect(byId.has(pseudonym(l.registration))).toBe(false);
    for (const l of consenting()) {
      const r = byId.get(pseudonym(l.registration));
      expect(r?.index).toBe(l.expected.index);
      expect(r && dimensionScores(r)).toEqual(dimensionScores(l.expected));
      // Members of a suppressed group keep their scores but not their country.
      expect(r?.background.Q1).toBe(l.country === 'FR' ? 'FR' : 'suppressed');
    }

    // Groups: the whole sample (10) and FR (5) shown, GR (3) and RO (2) suppressed.
    const group = (label: string) => data.groups.find((g) => g.label === label);
    const indexes = (ls: Learner[]) => ls.map((l) => l.expected.index ?? 0);
    expect(group('all')).toMatchObject({ n: 10, suppressed: false });
    expect(group('all')?.index?.mean).toBeCloseTo(mean(indexes(consenting())), 9);
    const fr = consenting().filter((l) => l.country === 'FR');
    expect(group('FR')).toMatchObject({ n: 5, suppressed: false });
    expect(group('FR')?.index?.mean).toBeCloseTo(mean(indexes(fr)), 9);
    group('FR')?.dimensions.forEach((d) => {
      const scores = fr.flatMap((l) => l.expected.dimensions.find((x) => x.id === d.id)?.score ?? []);
      if (d.summary !== null) expect(d.summary.mean).toBeCloseTo(mean(scores), 9);
    });
    for (const label of ['GR', 'RO']) {
      expect(group(label)).toMatchObject({ n: null, suppressed: true, index: null });
      expect(group(label)?.dimensions.every((d) => d.summary === null)).toBe(true);
    }
  });

  test('`dlis report` CSV: small countries suppressed in the summary and in respondent-level files', async () => {
    expect(learners).toHaveLength(LEARNERS.length);
    const out = join(work, 'report.csv');
    await report(['--out', out, '--respondents', join(work, 'report.csv')]);
    const rows = async (name: string) =>
      (await readFile(join(work, `report.${name}.csv`), 'utf8'))
        .trim()
        .split(/\r?\n/)
        .map((line) => line.split(','));
    const summary = await rows('summary');
    const head = summary[0] ?? [];
    const col = (name: string) => head.indexOf(name);
    const indexRow = (group: string) => summary.find((r) => r[0] === group && r[col('measure')] === 'index');
    expect(indexRow('FR')?.[col('n')]).toBe('5');
    expect(Number(indexRow('FR')?.[col('mean')])).toBeCloseTo(
      mean(consenting().flatMap((l) => (l.country === 'FR' ? [l.expected.index ?? 0] : []))),
      9,
    );
    for (const group of ['GR', 'RO']) {
      const lines = summary.filter((r) => r[0] === group);
      expect(lines.length).toBeGreaterThan(0);
      for (const r of lines) {
        expect(r[col('suppressed')]).toBe('true');
        for (const c of ['group_n', 'n', 'mean', 'sd', 'min', 'median', 'max']) expect(r[col(c)]).toBe('');
      }
    }
    for (const name of ['wide', 'tidy', 'items']) {
      const table = await rows(name);
      const country = table[0]?.indexOf('country') ?? -1;
      expect(country).toBeGreaterThan(0);
      const values = new Set(table.slice(1).map((r) => r[country]));
      expect([...values].sort()).toEqual(['FR', 'suppressed']);
    }
    const wide = await rows('wide');
    expect(wide.length - 1).toBe(consenting().length);
    const refused = refusing().map((l) => pseudonym(l.registration));
    expect(wide.some((r) => refused.includes(r[0] ?? ''))).toBe(false);
  });

  test('`dlis report` HTML: France shown with its mean, Greece and Romania only as "hidden"', async () => {
    expect(learners).toHaveLength(LEARNERS.length);
    const { stdout: html } = await report(['--format', 'html', '--lang', 'en']);
    const rowOf = (group: string) =>
      new RegExp(`<tr><t[dh][^>]*>${group}</t[dh]>((?:<td[^>]*>[^<]*</td>)+)</tr>`).exec(html)?.[1] ?? '';
    const cells = (group: string) => [...rowOf(group).matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1]);
    const fr = consenting().filter((l) => l.country === 'FR');
    const frMean = round(mean(fr.map((l) => l.expected.index ?? 0)), 1);
    // Groups read as the answers' labels (Q1 FR → France), not their codes.
    expect(cells('France').slice(0, 2)).toEqual(['5', fmt1.format(frMean)]);
    expect(rowOf('FR')).toBe('');
    for (const group of ['Greece', 'Romania']) {
      const shown = cells(group);
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.every((c) => c === 'hidden')).toBe(true);
    }
    // Left out: one actor without research consent, stated in the overview.
    expect(html).toContain('no research consent</dt><dd>1</dd>');
  });
});
