// Interaction definitions a consumer can read alone (issue 12, item 8): the agility questionnaire's likert items
// carry their `scale` and its scenario items their `choices`, and the courses' scenario decisions their `choices`,
// with descriptions in every language of the course (xAPI 1.0.3 §2.4.4.1, "Interaction Components").
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { compileCourse, loadCourse } from '@dlis/course';
import type { CompiledCourse } from '@dlis/course/compiled';
import { createMemoryStore, type InteractionRecord } from '@dlis/tracking';
import { createXapiReporter } from '../packages/tracking/src/xapi/create-xapi-reporter.ts';
import { validateStatementAgainstProfile, type Statement } from '@dlis/xapi-profile';
import { independentProblems } from './support/independent-validator.ts';

async function compiled(dir: string): Promise<CompiledCourse> {
  const loaded = await loadCourse(fileURLToPath(new URL(`../courses/${dir}/`, import.meta.url)));
  if (!loaded.ok) throw new Error(`${dir} does not validate`);
  return compileCourse(loaded.model).course;
}

/** A reporter whose LRS is a recorder (every POST answered 200): the statements as they would be sent. */
function recordingReporter(course: CompiledCourse) {
  const posted: Statement[] = [];
  const fetch = (async (_url: string, init?: RequestInit) => {
    posted.push(...(JSON.parse(String(init?.body)) as Statement[]));
    return new Response(null, { status: 200 });
  }) as typeof globalThis.fetch;
  const reporter = createXapiReporter({
    xapi: { identity: 'pseudonymous', course, fetch, store: createMemoryStore() },
    courseId: course.id,
    endpoint: 'https://lrs.example.org/xapi/',
    authorization: 'Basic a2V5OnNlY3JldA==',
    actor: { objectType: 'Agent', account: { homePage: 'https://lms.example.org', name: 'learner-1' } },
    registration: '3f1c0a9e-5b7d-4c2e-9f10-2a3b4c5d6e7f',
    courseActivityId: `https://w3id.org/dlis/xapi/courses/${course.id}`,
    mode: 'normal',
    resumed: false,
    outcomes: {},
  });
  return { reporter, posted };
}

const answer = (over: Partial<InteractionRecord>): InteractionRecord => ({
  id: '',
  type: 'choice',
  description: '',
  response: { type: 'choice', choices: ['A'] },
  correctPatterns: { scorm12: [], scorm2004: [], xapi: [] },
  result: 'neutral',
  weighting: 1,
  latencyMs: 1000,
  timestamp: new Date(),
  ...over,
});

function definitionOf(statement: Statement) {
  return (statement.object as unknown as { definition: unknown }).definition as {
    scale?: { id: string; description: Record<string, string> }[];
    choices?: { id: string; description: Record<string, string> }[];
  };
}

describe('interaction components in both languages', () => {
  test('agility questionnaire: every likert item has its scale, every scenario item its choices (fr, en)', async () => {
    const course = await compiled('agility-index');
    const block = course.modules
      .flatMap((m) => m.pages)
      .flatMap((p) => p.blocks)
      .find((b) => b.type === 'questionnaire') as unknown as {
      id: string;
      definition: { items: { id: string; notApplicableAllowed: boolean }[]; scenarios: { id: string }[] };
    };
    const { reporter, posted } = recordingReporter(course);
    reporter.begin();
    for (const item of block.definition.items) {
      reporter.answered(
        answer({
          id: item.id,
          type: 'likert',
          response: { type: 'likert', choice: '3' },
          questionnaire: block.id,
        }),
      );
    }
    for (const scenario of block.definition.scenarios) {
      reporter.answered(answer({ id: scenario.id, questionnaire: block.id }));
    }
    await reporter.queue.flush();
    const answers = posted.filter((s) => s.verb.id.endsWith('/answered'));
    expect(answers).toHaveLength(block.definition.items.length + block.definition.scenarios.length);
    expect(block.definition.items).toHaveLength(45);
    for (const [i, item] of block.definition.items.entries()) {
      const scale = definitionOf(answers[i]!).scale ?? [];
      expect(scale.map((c) => c.id)).toEqual([
        '1',
        '2',
        '3',
        '4',
        '5',
        ...(item.notApplicableAllowed ? ['na'] : []),
      ]);
      for (const c of scale) expect(Object.keys(c.description).sort()).toEqual(['en', 'fr']);
    }
    for (const statement of answers.slice(block.definition.items.length)) {
      const choices = definitionOf(statement).choices ?? [];
      expect(choices.length).toBeGreaterThanOrEqual(2);
      for (const c of choices) expect(Object.keys(c.description).sort()).toEqual(['en', 'fr']);
    }
    for (const statement of answers) {
      expect(validateStatementAgainstProfile(statement).failures).toEqual([]);
      expect(independentProblems(statement)).toEqual([]);
    }
  });

  test('scenario decisions (template) and choice questions (m4) carry their choices (fr, en)', async () => {
    const template = await compiled('../templates/module');
    const blocks = (course: CompiledCourse) =>
      course.modules.flatMap((m) => m.pages).flatMap((p) => p.blocks) as unknown as {
        type: string;
        id: string;
        kind?: string;
        choices?: { id: string }[];
        situations?: { id: string; choices: { id: string }[] }[];
      }[];
    const scenarios = blocks(template).filter((b) => b.type === 'scenario');
    expect(scenarios.length).toBeGreaterThan(0);
    const m4 = await compiled('m4-donnees-personnelles-rgpd');
    const questions = blocks(m4).filter((b) => b.type === 'question' && b.kind === 'single-choice');
    expect(questions.length).toBeGreaterThan(0);
    const sent: Statement[] = [];
    const fromTemplate = recordingReporter(template);
    for (const scenario of scenarios) {
      for (const [step, situation] of (scenario.situations ?? []).entries()) {
        const chosen = situation.choices[0]!.id;
        fromTemplate.reporter.answered(
          answer({ id: `${scenario.id}.1.${step + 1}`, response: { type: 'choice', choices: [chosen] } }),
        );
      }
    }
    await fromTemplate.reporter.queue.flush();
    sent.push(...fromTemplate.posted);
    const fromM4 = recordingReporter(m4);
    for (const question of questions) {
      fromM4.reporter.answered(
        answer({ id: question.id, response: { type: 'choice', choices: [question.choices![0]!.id] } }),
      );
    }
    await fromM4.reporter.queue.flush();
    sent.push(...fromM4.posted);
    const expected = scenarios.reduce((n, s) => n + (s.situations?.length ?? 0), 0) + questions.length;
    expect(sent).toHaveLength(expected);
    for (const statement of sent) {
      const choices = definitionOf(statement).choices ?? [];
      expect(choices.length).toBeGreaterThanOrEqual(2);
      for (const c of choices) expect(Object.keys(c.description).sort()).toEqual(['en', 'fr']);
      expect(validateStatementAgainstProfile(statement).failures).toEqual([]);
    }
  });
});
