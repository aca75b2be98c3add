// End to end (issue 6), hybrid: the digital agility course built into a SCORM 2004 package that also reports to
// an LRS (`--lrs`), answered in real Chromium with scorm-again as the LMS and the embedded LRS (`dlis lrs`'s
// library) as the LRS. The statements carry the same index, levels and items as the results page and
// `dlis agility score`, and the background answers only with research consent: without it the country is still
// asked (it selects the scenarios) but no statement carries it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { scoreQuestionnaire } from '@dlis/agility';
import type { QuestionnaireBlock } from '@dlis/course/compiled';
import { ContextExtensionIri, ResultExtensionIri, type Statement } from '@dlis/xapi-profile';
import {
  answerAll,
  cliScore,
  plannedAnswers,
  questionnaireOf,
  scoredAnswers,
  startQuestionnaire,
} from './support/agility-walk.ts';
import { setUpHybridLms } from './support/hybrid-lms.ts';
import { firstSessionSeed, openLms } from './support/lms.ts';
import { basicAuth } from './support/lrs-server.ts';
import { expectValidStatements, verbOf } from './support/statements.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const courseDir = join(root, 'courses/agility-index');

const hybrid = setUpHybridLms(courseDir);
let block: QuestionnaireBlock;
let work: string;

beforeAll(async () => {
  block = questionnaireOf(hybrid.site.course);
  work = await mkdtemp(join(tmpdir(), 'dlis-agility-lrs-'));
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

const objectId = (s: Statement) => (s.object as { id?: string }).id ?? '';

describe('hybrid SCORM 2004 + xAPI, digital agility course', () => {
  test.each([
    ['with research consent', 'FR', true],
    ['without research consent', 'BE', false],
  ] as const)(
    'statements %s agree with the browser and the CLI',
    async (_label, country, research) => {
      const { lrs, site } = hybrid;
      const { key, secret } = lrs.makeKey(`agility ${country} ${research}`, ['statements/write']);
      const registrationsBefore = new Set((await lrs.statements()).map((s) => s.context?.registration));
      const lms = await openLms(site.browser, site.lmsUrl, {
        version: 'scorm2004',
        launchUrl: site.launchUrl(basicAuth(key, secret)),
        seed: firstSessionSeed('scorm2004', site.manifest),
      });
      const frame = lms.frame();
      const q = frame.locator('dlis-questionnaire');
      const planned = plannedAnswers(block);
      await startQuestionnaire(frame, site.course, block, country, undefined, undefined, research);
      const shown = await answerAll(frame, block, planned, country);
      await q.getByRole('button', { name: 'Submit my answers' }).click();
      const answers = scoredAnswers(block, planned, shown);
      const expected = scoreQuestionnaire(block.definition, answers);
      const index = expected.index ?? 0;
      await expect
        .poll(() => q.locator('dlis-agility-results').locator('.index').textContent())
        .toContain(index.toFixed(1));

      let statements: Statement[] = [];
      await expect
        .poll(
          async () => {
            statements = (await lrs.statements()).filter(
              (s) => !registrationsBefore.has(s.context?.registration),
            );
            return statements.some(
              (s) => verbOf(s) === 'completed' && objectId(s).includes('/questionnaires/'),
            );
          },
          { timeout: 120_000 },
        )
        .toBe(true);
      await lms.close();
      expectValidStatements(statements);

      // One `answered` per item and per scenario shown, with the questionnaire as parent.
      const answered = statements.filter(
        (s) =>
          verbOf(s) === 'answered' &&
          JSON.stringify(s.context?.contextActivities?.parent ?? []).includes('/questionnaires/'),
      );
      expect(answered).toHaveLength(block.definition.items.length + shown.length);

      // `completed` the questionnaire: the same index, level and dimensions as the browser and the CLI.
      const completed = statements.find(
        (s) => verbOf(s) === 'completed' && objectId(s).includes('/questionnaires/'),
      );
      const ext = completed?.result?.extensions ?? {};
      const cli = await cliScore(root, courseDir, work, answers);
      expect(ext[ResultExtensionIri.agilityIndex]).toBe(expected.index);
      expect(ext[ResultExtensionIri.agilityIndex]).toBe(cli.index);
      expect(ext[ResultExtensionIri.agilityLevel]).toBe(expected.level?.id);
      expect(ext[ResultExtensionIri.agilityDimensions]).toEqual(
        Object.fromEntries(cli.dimensions.map((d) => [d.id, d.score])),
      );
      expect(completed?.result?.score?.scaled).toBeCloseTo(index / 100, 4);
      const context = completed?.context?.extensions ?? {};
      expect(context[ContextExtensionIri.researchConsent]).toBe(research);
      // The country's own scenarios were shown and scored in both cases.
      const own = block.definition.scenarios.filter((s) => s.countries?.includes(country));
      expect(own.length).toBeGreaterThan(0);
      expect(shown).toEqual(expect.arrayContaining(own.map((s) => s.id)));
      if (research) {
        const question = block.background.find((b) => b.country);
        expect(context[ContextExtensionIri.agilityBackground]).toEqual({ [question?.id ?? '']: country });
      } else {
        // No statement carries background data, the country included.
        const carriers = statements.filter(
          (s) => s.context?.extensions?.[ContextExtensionIri.agilityBackground] !== undefined,
        );
        expect(carriers).toEqual([]);
      }
    },
    180_000,
  );
});
