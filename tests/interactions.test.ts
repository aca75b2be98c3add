// End to end: every interaction the template course causes, as scorm-again stores it, field by field, in SCORM 1.2
// and SCORM 2004. The expected values come from the compiled course and docs/tracking.md, computed in
// support/interaction-expectations.ts without the tracking package's mapping code.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CompiledCourse, QuestionBlock, ScenarioBlock } from '@dlis/course/compiled';
import {
  expectDecisions,
  expectQuestion,
  resultWord,
  type ExpectedInteraction,
} from './support/interaction-expectations.ts';
import { coursePages, expectPageTitle } from './support/learner.ts';
import { firstSessionSeed, openLms, type LmsCall, type ScormVersion } from './support/lms.ts';
import { apiErrors, startTemplateLms, type TemplateLms } from './support/template-lms.ts';
import { completePage, firstScoredChoiceQuestion, UI_EN, type WalkTally } from './support/walker.ts';

const templateDir = fileURLToPath(new URL('../templates/module/', import.meta.url));
const lang = 'en';

let site: TemplateLms;
let course: CompiledCourse;

/** One interaction as scorm-again renders it (`renderCMIToJSONObject().cmi.interactions.n`). */
type CmiInteraction = Record<string, unknown> & {
  correct_responses?: Record<string, { pattern?: string }> | { pattern?: string }[];
};

interface Walk {
  interactions: CmiInteraction[];
  calls: LmsCall[];
  expected: ExpectedInteraction[];
  startedAt: number;
  endedAt: number;
}
const walks: Partial<Record<ScormVersion, Walk>> = {};

beforeAll(async () => {
  site = await startTemplateLms(templateDir);
  course = site.course;
});

afterAll(async () => {
  await site?.close();
});

/** The response the walker (support/walker.ts) gives, in the player's terms. */
function walkerResponse(question: QuestionBlock, outcome: 'right' | 'wrong'): string[] {
  switch (question.kind) {
    case 'single-choice':
    case 'multiple-choice':
    case 'true-false':
      return outcome === 'right'
        ? question.choices.filter((c) => c.correct).map((c) => c.id)
        : [question.choices.find((c) => !c.correct)!.id];
    case 'likert':
      return [question.scale[0]!.id];
    case 'matching':
      return question.answer;
    case 'ordering':
      return question.items.map((i) => i.id);
    case 'fill-in':
      return [question.accepted[lang]![0]!];
    case 'numeric':
      return [String(question.exact ?? question.min ?? question.max ?? 0)];
  }
}

/** Every question and scenario of the course by id, bank questions included. */
function activities(): Map<string, QuestionBlock | ScenarioBlock> {
  const found = new Map<string, QuestionBlock | ScenarioBlock>();
  for (const page of coursePages(course))
    for (const block of page.blocks) {
      if (block.type === 'question' || block.type === 'scenario') found.set(block.id, block);
      if (block.type === 'question-bank') for (const q of block.questions) found.set(q.id, q);
    }
  return found;
}

/** Walks the whole course in the test LMS (one scored choice question answered wrong), submits and exits. */
async function walk(version: ScormVersion): Promise<Walk> {
  const wrong = firstScoredChoiceQuestion(course)!;
  const tally: WalkTally = { earned: 0, interactions: 0, answered: [] };
  const lms = await openLms(site.browser, site.lmsUrl, {
    version,
    launchUrl: site.launchUrl(version),
    seed: firstSessionSeed(version, site.manifests[version]),
  });
  const frame = lms.frame();
  const startedAt = Date.now();
  for (const page of coursePages(course)) {
    await expectPageTitle(frame, page.title[lang]!);
    await completePage(frame, page, lang, UI_EN, tally, wrong.id);
    await frame.getByRole('button', { name: 'Next', exact: true }).click();
  }
  await expectPageTitle(frame, 'Results');
  await frame.getByRole('button', { name: 'Submit assessment' }).click();
  await expect.poll(() => frame.getByText(/Assessment (not )?passed\./).count()).toBe(1);
  await frame.getByRole('button', { name: 'Exit' }).click();
  const finishName = version === 'scorm12' ? 'LMSFinish' : 'Terminate';
  await expect.poll(async () => (await lms.calls()).some((c) => c.method === finishName)).toBe(true);
  const endedAt = Date.now();
  const cmi = (await lms.cmi()).cmi as { interactions: Record<string, CmiInteraction> };
  const calls = await lms.calls();
  await lms.close();

  const known = activities();
  const expected: ExpectedInteraction[] = [];
  const scenarios = new Set<string>();
  for (const id of tally.answered) {
    const question = known.get(id) as QuestionBlock;
    expected.push(
      expectQuestion(course, question, walkerResponse(question, id === wrong.id ? 'wrong' : 'right'), lang),
    );
  }
  for (const block of known.values())
    if (block.type === 'scenario' && !scenarios.has(block.id)) {
      scenarios.add(block.id);
      expected.push(...expectDecisions(course, block, 1, lang));
    }
  expect(expected).toHaveLength(tally.interactions);
  return {
    interactions: Object.keys(cmi.interactions)
      .filter((k) => /^\d+$/.test(k))
      .sort((a, b) => Number(a) - Number(b))
      .map((k) => cmi.interactions[k]!),
    calls,
    expected,
    startedAt,
    endedAt,
  };
}

function patternsOf(interaction: CmiInteraction): string[] {
  const list = interaction.correct_responses;
  if (!list) return [];
  const entries = Array.isArray(list)
    ? list
    : Object.keys(list)
        .filter((k) => /^\d+$/.test(k))
        .sort((a, b) => Number(a) - Number(b))
        .map((k) => list[k]!);
  return entries.map((e) => String(e.pattern));
}

/** scorm-again leaves an element never written as ''; the tracker writes no response when there is none. */
function written(value: unknown): string | undefined {
  return value === undefined || value === '' ? undefined : String(value);
}

const format = {
  scorm12: {
    latency: /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/,
    time: /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,2})?$/,
  },
  scorm2004: {
    latency: /^P(?:\d+Y)?(?:\d+M)?(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d{1,2})?S)?)?$/,
    time: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,2})?Z$/,
  },
};

/** What scorm-again holds for one interaction, in the shape of ExpectedInteraction (per version). */
function actual(version: ScormVersion, i: CmiInteraction) {
  return {
    id: i.id,
    type: i.type,
    response: written(version === 'scorm12' ? i.student_response : i.learner_response),
    patterns: patternsOf(i),
    result: i.result,
    weighting: Number(i.weighting),
    ...(version === 'scorm2004' ? { description: i.description } : {}),
  };
}

function wanted(version: ScormVersion, e: ExpectedInteraction) {
  const is12 = version === 'scorm12';
  return {
    id: is12 ? e.id12 : e.id2004,
    type: e.type,
    response: is12 ? e.response12 : e.response2004,
    patterns: is12 ? e.patterns12 : e.patterns2004,
    result: resultWord[version][e.outcome],
    weighting: e.weighting,
    ...(is12 ? {} : { description: e.description }),
  };
}

function walked(version: ScormVersion): Walk {
  const w = walks[version];
  if (!w) throw new Error(`the ${version} walk did not complete (see the first test)`);
  return w;
}

function find(walk: Walk, version: ScormVersion, e: ExpectedInteraction): CmiInteraction {
  const id = version === 'scorm12' ? e.id12 : e.id2004;
  const found = walk.interactions.filter((i) => i.id === id);
  expect(found, `one interaction ${id}`).toHaveLength(1);
  return found[0]!;
}

describe.each(['scorm12', 'scorm2004'] as const)('%s interactions in scorm-again', (version) => {
  // The walk is one test (expect.poll only runs inside tests); the field checks below read what it stored.
  test('a learner walks the whole course without any API error, one interaction per answer and decision', async () => {
    walks[version] = await walk(version);
    const w = walked(version);
    expect(apiErrors(w.calls)).toEqual([]);
    expect(w.interactions).toHaveLength(w.expected.length);
    // Every kind of the template is there, bank question and scenario decisions included.
    const kinds = new Set(w.expected.map((e) => e.type));
    expect([...kinds].sort()).toEqual(
      ['choice', 'fill-in', 'likert', 'matching', 'numeric', 'sequencing', 'true-false'].sort(),
    );
    const bank = course.assessment.banks[0]!;
    expect(w.expected.filter((e) => bank.questionIds.includes(e.key))).toHaveLength(bank.draw);
  });

  test('every answered question: id, type, response, patterns, result, weighting, description', () => {
    const w = walked(version);
    for (const e of w.expected.filter((x) => !x.key.includes('.'))) {
      expect(actual(version, find(w, version, e)), e.key).toEqual(wanted(version, e));
    }
  });

  test('every interaction has a latency and a time in its version’s format', () => {
    const w = walked(version);
    for (const i of w.interactions) {
      expect(String(i.latency), String(i.id)).toMatch(format[version].latency);
      if (version === 'scorm12') {
        expect(String(i.time), String(i.id)).toMatch(format.scorm12.time);
      } else {
        expect(String(i.timestamp), String(i.id)).toMatch(format.scorm2004.time);
        // Centiseconds are truncated by the format: compare at the second.
        const at = Date.parse(String(i.timestamp));
        expect(at).toBeGreaterThanOrEqual(Math.floor(w.startedAt / 1000) * 1000);
        expect(at).toBeLessThanOrEqual(w.endedAt);
        expect(String(i.description).length).toBeGreaterThan(0);
      }
    }
  });

  test('every scenario decision: id, type, response, description', () => {
    const w = walked(version);
    const decisions = w.expected.filter((x) => x.key.includes('.'));
    expect(decisions.length).toBeGreaterThan(0);
    for (const e of decisions) {
      const { id, type, response, description } = actual(version, find(w, version, e));
      const want = wanted(version, e);
      expect({ id, type, response, description }, e.key).toEqual({
        id: want.id,
        type: want.type,
        response: want.response,
        description: want.description,
      });
    }
  });

  // A decision's patterns are the best-scored choices of its situation; the walk takes them, so each decision is
  // correct; it weighs 0 because the scenario's points count once, in the assessment score (docs/tracking.md).
  test('every scenario decision: best choices as patterns, result, weighting 0', () => {
    const w = walked(version);
    for (const e of w.expected.filter((x) => x.key.includes('.'))) {
      const { patterns, result, weighting } = actual(version, find(w, version, e));
      const want = wanted(version, e);
      expect({ patterns, result, weighting }, e.key).toEqual({
        patterns: want.patterns,
        result: want.result,
        weighting: want.weighting,
      });
    }
  });
});
