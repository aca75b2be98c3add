import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import * as compiledEntry from '@dlis/course/compiled';
import { learnerStateLayout } from '../src/index.ts';
import type { CompiledCourse } from '../src/compiled-course.ts';

const label = { en: 'x' };
const course: CompiledCourse = {
  format: 1,
  id: 'c',
  version: '1.0.0',
  languages: ['en'],
  defaultLanguage: 'en',
  title: label,
  description: label,
  completion: 'all-pages-viewed',
  masteryScore: 80,
  assessment: { questionIds: ['q1'], maxPoints: 1 },
  modules: [
    {
      id: 'm1',
      title: label,
      pages: [
        { id: 'p1', title: label, blocks: [{ type: 'markdown', id: 'b1', html: label }] },
        {
          id: 'p2',
          title: label,
          blocks: [
            {
              type: 'question',
              id: 'q1',
              kind: 'single-choice',
              prompt: label,
              choices: [
                { id: 'b', label, correct: true, weight: 1 },
                { id: 'a', label, correct: false, weight: 0 },
              ],
              scored: true,
              points: 1,
              feedback: {},
            },
          ],
        },
      ],
    },
    {
      id: 'm2',
      title: label,
      pages: [
        {
          id: 'p3',
          title: label,
          blocks: [
            {
              type: 'question',
              id: 'practice',
              kind: 'true-false',
              prompt: label,
              choices: [
                { id: 'true', label, correct: true, weight: 1 },
                { id: 'false', label, correct: false, weight: 0 },
              ],
              scored: false,
              points: 1,
              feedback: {},
            },
          ],
        },
      ],
    },
  ],
};

describe('learnerStateLayout', () => {
  test('lists every page, then every question (scored or not) with its choices, in course order', () => {
    expect(learnerStateLayout(course)).toEqual({
      pages: ['p1', 'p2', 'p3'],
      questions: [
        { id: 'q1', choices: ['b', 'a'] },
        { id: 'practice', choices: ['true', 'false'] },
      ],
    });
  });

  test('is offered by @dlis/course/compiled too, whose module graph imports no Node module', async () => {
    expect(compiledEntry.learnerStateLayout).toBe(learnerStateLayout);
    const seen = new Set<string>();
    const visit = async (url: URL): Promise<void> => {
      if (seen.has(url.href)) return;
      seen.add(url.href);
      const source = await readFile(fileURLToPath(url), 'utf8');
      for (const [, spec] of source.matchAll(/(?:import|export)[^'"]*from\s+'([^']+)'/g)) {
        expect(spec, `${url.pathname} imports ${spec}`).toMatch(/^\.\//);
        await visit(new URL(spec!, url));
      }
    };
    await visit(new URL('../src/compiled-course.ts', import.meta.url));
    expect(seen.size).toBe(2);
  });
});
