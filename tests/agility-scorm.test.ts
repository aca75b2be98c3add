// End to end (issue 6): the real digital agility course (courses/agility-index) built into SCORM 1.2 and 2004
// packages, imported into a test LMS run by scorm-again, the whole questionnaire answered in real Chromium. The
// LMS gets completion and one interaction per item, in one commit made once the results are on screen, and no score (the index is not an assessment:
// Moodle would make a score a grade; xAPI carries it, tests/agility-lrs.test.ts); the results page shows the
// index and level; `dlis agility score` on the same answers gives the same numbers.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { scoreQuestionnaire } from '@dlis/agility';
import type { QuestionnaireBlock } from '@dlis/course/compiled';
import {
  answerAll,
  cliScore,
  itemInput,
  plannedAnswers,
  questionnaireOf,
  scoredAnswers,
  startQuestionnaire,
} from './support/agility-walk.ts';
import {
  commitsSaw,
  firstSessionSeed,
  nextSessionSeed,
  openLms,
  watchCommits,
  type ScormVersion,
} from './support/lms.ts';
import { apiErrors, startTemplateLms, type TemplateLms } from './support/template-lms.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const courseDir = join(root, 'courses/agility-index');

let site: TemplateLms;
let block: QuestionnaireBlock;
let work: string;

beforeAll(async () => {
  site = await startTemplateLms(courseDir);
  block = questionnaireOf(site.course);
  work = await mkdtemp(join(tmpdir(), 'dlis-agility-e2e-'));
});

afterAll(async () => {
  await site?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

type Cmi = Record<string, unknown> & {
  core?: { lesson_status: string; exit?: string; score: Record<string, string> };
  score?: Record<string, string>;
  completion_status?: string;
  interactions: Record<string, Record<string, unknown>>;
};

// No country (the country-neutral scenarios only), France (its French-scheme scenarios), Belgium (its country
// equivalents D3-S2 and D7-S4).
describe.each([
  ['scorm12', undefined],
  ['scorm2004', 'FR'],
  ['scorm12', 'BE'],
] as const)('%s package (respondent country: %s)', (version: ScormVersion, country) => {
  test('the whole questionnaire: LMS completion and interactions in one submit, results page and CLI agree', async () => {
    const planned = plannedAnswers(block);
    const lms = await openLms(site.browser, site.lmsUrl, {
      version,
      launchUrl: site.launchUrl(version),
      seed: firstSessionSeed(version, site.manifests[version]),
    });
    const frame = lms.frame();
    const q = frame.locator('dlis-questionnaire');
    await startQuestionnaire(frame, site.course, block, country);
    const shown = await answerAll(frame, block, planned, country);
    const commitName = version === 'scorm12' ? 'LMSCommit' : 'Commit';
    const commitsBefore = (await lms.calls()).filter((c) => c.method === commitName).length;
    // The submit's commit carries every answer (Moodle 4.5 took 6 s to store them, a synchronous request that
    // freezes the page): the results must already be on screen when it starts.
    await watchCommits(lms, version, ['dlis-agility-results', '.index']);
    await q.getByRole('button', { name: 'Submit my answers' }).click();

    // The answers scored: scenarios not shown to this respondent are not answers.
    const answers = scoredAnswers(block, planned, shown);
    const expected = scoreQuestionnaire(block.definition, answers);
    expect(expected.index).not.toBeNull();
    const index = expected.index ?? 0;

    // Results page: the same index (one decimal) and level.
    const results = q.locator('dlis-agility-results');
    await expect
      .poll(() => results.locator('.index').textContent())
      .toContain(`Digital agility index: ${index.toFixed(1)} / 100`);
    const level = block.definition.levels.find((l) => l.id === expected.level?.id)?.labels.en ?? '';
    expect(await results.getByText(`${level} (${expected.level?.id} of 4)`).count()).toBe(1);

    // LMS: completed, no score, one interaction per item and per scenario shown; the submit cost at most two
    // commits (an LMS commit can be a synchronous request: Moodle froze 40–69 s with one per answer).
    await expect
      .poll(async () => {
        const cmi = (await lms.cmi()) as { cmi: Cmi };
        return version === 'scorm12' ? cmi.cmi.core?.lesson_status : cmi.cmi.completion_status;
      })
      .toBe('completed');
    const commits = (await lms.calls()).filter((c) => c.method === commitName).length - commitsBefore;
    expect(commits).toBeGreaterThanOrEqual(1);
    expect(commits).toBeLessThanOrEqual(2);
    const saw = await commitsSaw(lms);
    expect(saw).toHaveLength(commits);
    expect(saw.every(Boolean), `results shown at each commit: ${JSON.stringify(saw)}`).toBe(true);
    const cmi = ((await lms.cmi()) as { cmi: Cmi }).cmi;
    const score = version === 'scorm12' ? cmi.core?.score : cmi.score;
    expect(score?.raw).toBe('');
    if (version === 'scorm2004') expect(score?.scaled).toBe('');
    const interactions = Object.values(cmi.interactions).filter((i) => typeof i === 'object' && i?.id);
    expect(interactions).toHaveLength(block.definition.items.length + shown.length);
    const types = interactions.map((i) => i.type);
    expect(types.filter((t) => t === 'likert')).toHaveLength(block.definition.items.length);
    expect(types.filter((t) => t === 'choice')).toHaveLength(shown.length);
    // A course without mastery score has no minNormalizedMeasure in its manifest: SCORM 2004 then answers 403
    // (not initialized) to the adapter's GetValue of cmi.scaled_passing_score, as for completion_threshold
    // (docs/tracking.md, "Questionnaire"). Only that exact case is tolerated: any other error fails.
    const errors = apiErrors(await lms.calls()).filter(
      (c) =>
        !(
          version === 'scorm2004' &&
          c.method === 'GetValue' &&
          c.error === '403' &&
          c.args[0] === 'cmi.scaled_passing_score'
        ),
    );
    expect(errors, JSON.stringify(errors)).toEqual([]);

    // The CLI re-scores the same answers to the same numbers.
    const cli = await cliScore(root, courseDir, work, answers);
    expect(cli.index).toBe(expected.index);
    expect(cli.level?.id).toBe(expected.level?.id);
    expect(cli.dimensions.map((d) => d.score)).toEqual(expected.dimensions.map((d) => d.score));
    expect(cli.modules).toEqual(expected.modules);
    await lms.close();
  });
});

test('SCORM 1.2: leaving mid-way and coming back resumes at the same dimension with the answers', async () => {
  const planned = plannedAnswers(block);
  const def = block.definition;
  const first = await openLms(site.browser, site.lmsUrl, {
    version: 'scorm12',
    launchUrl: site.launchUrl('scorm12'),
    seed: firstSessionSeed('scorm12', site.manifests.scorm12),
  });
  let q = first.frame().locator('dlis-questionnaire');
  await startQuestionnaire(first.frame(), site.course, block);
  for (const d of def.dimensions.slice(0, 2)) {
    for (const item of def.items.filter((x) => x.dimension === d.id)) {
      await q.locator(itemInput(block, item.id, planned[item.id] ?? 'na')).check();
    }
    await q.getByRole('button', { name: 'Next' }).click();
  }
  await expect.poll(() => q.locator('.step-progress span').textContent()).toBe('Dimension 3 of 8');
  await first.frame().getByRole('button', { name: 'Exit', exact: true }).click();
  await expect.poll(async () => ((await first.cmi()) as { cmi: Cmi }).cmi.core?.exit).toBe('suspend');
  const cmi1 = ((await first.cmi()) as { cmi: Cmi & { suspend_data: string } }).cmi;
  expect(cmi1.suspend_data.length).toBeGreaterThan(0);
  expect(cmi1.suspend_data.length).toBeLessThanOrEqual(4096);
  await first.close();

  const second = await openLms(site.browser, site.lmsUrl, {
    version: 'scorm12',
    launchUrl: site.launchUrl('scorm12'),
    seed: nextSessionSeed('scorm12', cmi1),
  });
  q = second.frame().locator('dlis-questionnaire');
  await expect.poll(() => q.locator('.step-progress span').textContent()).toBe('Dimension 3 of 8');
  await q.getByRole('button', { name: 'Previous' }).click();
  await expect.poll(() => q.locator('.step-progress span').textContent()).toBe('Dimension 2 of 8');
  for (const item of def.items.filter((x) => x.dimension === 'D2')) {
    expect(await q.locator(itemInput(block, item.id, planned[item.id] ?? 'na')).isChecked(), item.id).toBe(
      true,
    );
  }
  expect(apiErrors(await second.calls())).toEqual([]);
  await second.close();
});
