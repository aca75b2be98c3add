import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { compileCourse, loadCourse } from '../src/index.ts';
import { visibleCourse, type CompiledCourse, type QuestionBlock } from '../src/compiled-course.ts';

const dir = fileURLToPath(new URL('../../../courses/m5-demarches-en-ligne-par-pays/', import.meta.url));
const COUNTRIES = ['fr', 'be', 'lu', 'el', 'ro'];

async function compiled(): Promise<CompiledCourse> {
  const loaded = await loadCourse(dir);
  if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.message).join('\n'));
  expect(loaded.warnings).toEqual([]);
  return compileCourse(loaded.model).course;
}

const blocks = (course: CompiledCourse) => course.modules.flatMap((m) => m.pages.flatMap((p) => p.blocks));

describe('M5 – Démarches en ligne : parcours par pays', () => {
  test('every country sees 8 screens and 5 quiz questions, each with feedback in fr and en', async () => {
    const course = await compiled();
    expect(course.variables?.map((v) => [v.id, v.values.map((x) => x.id)])).toEqual([['country', COUNTRIES]]);
    for (const country of COUNTRIES) {
      const seen = visibleCourse(course, { country });
      expect(
        seen.modules.flatMap((m) => m.pages),
        country,
      ).toHaveLength(8);
      expect(seen.assessment.questionIds, country).toHaveLength(5);
      expect(seen.assessment.maxPoints, country).toBe(5);
      const questions = blocks(seen).filter((b): b is QuestionBlock => b.type === 'question' && b.scored);
      for (const q of questions) {
        for (const lang of ['fr', 'en']) {
          expect(q.feedback.correct?.[lang], `${q.id} ${lang}`).toBeTruthy();
          expect(q.feedback.incorrect?.[lang], `${q.id} ${lang}`).toBeTruthy();
        }
      }
    }
    expect(course.masteryScore).toBe(80);
    expect(course.completion).toBe('assessment-passed');
    expect(course.licence).toBe('CC-BY-SA-4.0');
  });

  test('a tool sheet, sources with their URLs, open facts marked, no placeholder', async () => {
    const course = await compiled();
    expect(blocks(course).filter((b) => b.type === 'tool-sheet')).toHaveLength(1);
    const pages = await readdir(`${dir}pages`);
    const texts = await Promise.all(pages.map((p) => readFile(`${dir}pages/${p}`, 'utf8')));
    const yaml = await readFile(`${dir}course.yaml`, 'utf8');
    const all = [yaml, ...texts].join('\n');
    expect(all).not.toMatch(/TODO|lorem|FIXME/i);
    expect(all).toContain('à confirmer par les partenaires');
    expect(all).toContain('to be confirmed by the partners');
    for (const lang of ['fr', 'en']) {
      const sources = await readFile(`${dir}pages/ressources.${lang}.md`, 'utf8');
      for (const url of ['https://guichet.public.lu/', 'https://alba24.ro/', 'https://e-justice.europa.eu/'])
        expect(sources, lang).toContain(url);
    }
  });
});
