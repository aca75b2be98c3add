import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import * as compiledEntry from '@dlis/course/compiled';
import { compileCourse, learnerStateLayout, loadCourse } from '../src/index.ts';
import { courseYaml, makeCourse } from './support/course-dir.ts';

const yaml = courseYaml(`
          - type: question
            id: q1
            kind: single-choice
            prompt: { fr: a, en: a }
            choices:
              - { id: b, label: { fr: b, en: b }, correct: true }
              - { id: a, label: { fr: a, en: a } }
          - type: checklist
            id: todo
            items:
              - { text: { fr: un, en: one } }
              - { id: last, text: { fr: deux, en: two } }
          - type: question-bank
            id: bank
            draw: 1
            questions:
              - { id: order, kind: ordering, prompt: { fr: o, en: o }, items: [{ label: { fr: x, en: x } }, { id: z, label: { fr: z, en: z } }] }
              - id: match
                kind: matching
                prompt: { fr: m, en: m }
                sources: [{ label: { fr: s, en: s }, match: t2 }, { label: { fr: s, en: s }, match: t1 }]
                targets: [{ id: t1, label: { fr: t, en: t } }, { id: t2, label: { fr: t, en: t } }, { id: t3, label: { fr: t, en: t } }]
          - { type: question, id: word, kind: fill-in, scored: false, maxLength: 12, prompt: { fr: f, en: f }, accepted: { fr: [mot], en: [word] } }
          - { type: question, id: num, kind: numeric, prompt: { fr: n, en: n }, exact: 3 }
          - { type: question, id: opinion, kind: likert, prompt: { fr: l, en: l }, scale: agreement-5 }
          - type: scenario
            id: case
            title: { fr: Cas, en: Case }
            start: s1
            situations:
              - id: s1
                text: { fr: un, en: one }
                choices:
                  - { label: { fr: a, en: a }, next: s2, score: 1 }
                  - { id: quit, label: { fr: b, en: b }, next: end }
              - id: s2
                text: { fr: deux, en: two }
                choices: [{ label: { fr: a, en: a }, next: end, score: 1 }]
            endings:
              - { id: end, tone: positive, text: { fr: fin, en: end } }`);

describe('learnerStateLayout', () => {
  test('lists pages, every question (bank candidates included) by kind, checklists, banks and scenarios', async () => {
    const c = await makeCourse({ 'course.yaml': yaml });
    try {
      const result = await loadCourse(c.dir);
      if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
      const course = compileCourse(result.model).course;
      expect(learnerStateLayout(course)).toEqual({
        pages: ['p1'],
        questions: [
          { id: 'q1', kind: 'choices', options: ['b', 'a'] },
          { id: 'order', kind: 'order', options: ['a', 'z'] },
          { id: 'match', kind: 'match', options: ['t1', 't2', 't3'], sources: 2 },
          { id: 'word', kind: 'text', maxLength: 12 },
          { id: 'num', kind: 'text', maxLength: 32 },
          {
            id: 'opinion',
            kind: 'choices',
            options: ['strongly-disagree', 'disagree', 'neutral', 'agree', 'strongly-agree'],
          },
        ],
        checklists: [{ id: 'todo', items: ['a', 'last'] }],
        banks: ['bank'],
        scenarios: [{ id: 'case', choices: ['s1-a', 'quit', 's2-a'], maxSteps: 4 }],
      });
      expect(course.stateLayout).toEqual(learnerStateLayout(course));
      expect(course.assessment).toEqual({
        questionIds: ['q1', 'order', 'match', 'num', 'case'],
        maxPoints: 4,
        banks: [{ id: 'bank', draw: 1, questionIds: ['order', 'match'] }],
        feedback: 'immediate',
        maxAttempts: 0,
      });
    } finally {
      await c.remove();
    }
  });

  test('is offered by @dlis/course/compiled too, whose module graph imports no Node module', async () => {
    const PURE_SPECIFIER = /^(\.\.?\/|@dlis\/(tracking\/correct-patterns|xapi-profile|agility|errors)$)/;
    const require = createRequire(import.meta.url);
    expect(compiledEntry.learnerStateLayout).toBe(learnerStateLayout);
    const seen = new Set<string>();
    const visit = async (url: URL): Promise<void> => {
      if (seen.has(url.href)) return;
      seen.add(url.href);
      const source = await readFile(fileURLToPath(url), 'utf8');
      for (const [, kind, spec] of source.matchAll(/(import type|import|export)[^'"]*from\s+'([^']+)'/g)) {
        // Type-only imports are erased: they are not part of the module graph a browser loads.
        if (kind === 'import type') continue;
        // Relative modules, or the pure entries of other packages (the build-time correct patterns of tracking).
        expect(spec, `${url.pathname} imports ${spec}`).toMatch(PURE_SPECIFIER);
        await visit(spec!.startsWith('.') ? new URL(spec!, url) : pathToFileURL(require.resolve(spec!)));
      }
    };
    await visit(new URL('../src/compiled-course.ts', import.meta.url));
    // The contract's own modules, and the question kinds (kinds/<kind>/) its texts and layout come from.
    const files = [...seen].map((href) => fileURLToPath(href).replace(/^.*\/src\//, ''));
    expect(files).toContain('learner-state-layout.ts');
    expect(files).toContain('kinds/question-kinds.ts');
    expect(files.filter((f) => /^(check-files|load-course|render-markdown|sanitize)\.ts$/.test(f))).toEqual(
      [],
    );
  });
});
