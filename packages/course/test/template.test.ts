import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { compileCourse, learnerStateLayout, loadCourse } from '../src/index.ts';
import type { ChoiceQuestion, CompiledBlock } from '@dlis/course/compiled';

const templateDir = fileURLToPath(new URL('../../../templates/module/', import.meta.url));

describe('templates/module', () => {
  test('loads with no diagnostic at all and compiles', async () => {
    const result = await loadCourse(templateDir);
    expect(result.ok ? [] : result.diagnostics).toEqual([]);
    expect(result.warnings).toEqual([]);
    if (!result.ok) return;
    const { course, assets } = compileCourse(result.model);
    expect(course.id).toBe('module-template');
    expect(course.languages).toEqual(['fr', 'en']);
    expect(course.defaultLanguage).toBe('fr');
    expect(course.modules).toHaveLength(3);
    expect(assets.map((a) => a.target).every((t) => /^assets\/[0-9a-f]{8}-[a-z0-9-]+\.[a-z]+$/.test(t))).toBe(
      true,
    );
    expect(assets.map((a) => a.target.slice(16)).sort()).toEqual([
      'counter-to-screen.svg',
      'divider.png',
      'letter-at-the-desk.svg',
      'mediator-tip-en.vtt',
      'mediator-tip-en.wav',
      'mediator-tip-fr.vtt',
      'mediator-tip-fr.wav',
      'mrs-diallo.svg',
      'session-checklist.txt',
      'side-by-side.svg',
      'three-steps.svg',
    ]);
    const { stat } = await import('node:fs/promises');
    const bytes = await Promise.all(assets.map(async (a) => (await stat(a.source)).size));
    expect(bytes.reduce((a, b) => a + b, 0)).toBeLessThan(100 * 1024);
  });

  test('shows every block type and question kind', async () => {
    const result = await loadCourse(templateDir);
    if (!result.ok) throw new Error('template does not load');
    const { course } = compileCourse(result.model);
    const blocks = course.modules.flatMap((m) => m.pages).flatMap((p) => p.blocks);
    const all = blocks.flatMap((b): CompiledBlock[] =>
      b.type === 'question-bank' ? [b, ...b.questions] : [b],
    );
    const kinds = new Set(all.map((b) => (b.type === 'question' ? `question:${b.kind}` : b.type)));
    expect([...kinds].sort()).toEqual([
      'accordion',
      'banner',
      'callout',
      'checklist',
      'flashcards',
      'glossary',
      'image',
      'image-text',
      'key-figures',
      'labelled-graphic',
      'markdown',
      'media',
      'process',
      'question-bank',
      'question:fill-in',
      'question:likert',
      'question:matching',
      'question:multiple-choice',
      'question:numeric',
      'question:ordering',
      'question:single-choice',
      'question:true-false',
      'quote',
      'resources',
      'scenario',
      'tabs',
      'tool-sheet',
    ]);
    const scenario = blocks.find((b) => b.type === 'scenario');
    expect(
      scenario?.type === 'scenario' && [scenario.situations.length, scenario.endings.map((e) => e.tone)],
    ).toEqual([4, ['positive', 'mixed', 'negative']]);
    // The dialogue look: a character with an avatar speaks in the first situation.
    expect(scenario?.type === 'scenario' && scenario.characters?.map((c) => c.id)).toEqual(['diallo']);
    expect(scenario?.type === 'scenario' && scenario.situations[0]?.speaker).toBe('diallo');
    expect(course.glossary.map((g) => g.id)).toEqual(['illectronism', 'supporting-document', 'mediator']);
    const variants = new Set(blocks.flatMap((b) => (b.type === 'callout' ? [b.variant] : [])));
    expect([...variants].sort()).toEqual(['important', 'info', 'tip', 'warning']);
    const images = blocks.flatMap((b) => (b.type === 'image' ? [b] : []));
    expect(images.some((i) => i.alt === null)).toBe(true);
    expect(images.some((i) => i.alt !== null)).toBe(true);
    const questions = blocks.filter((b): b is ChoiceQuestion => b.type === 'question' && 'choices' in b);
    expect(questions.some((q) => !q.scored)).toBe(true);
    expect(
      questions.some((q) =>
        q.choices.some((c) => c.weight !== 0 && Math.abs(c.weight) !== 1 && c.weight !== 0.5),
      ),
    ).toBe(true);
    const markdown = blocks.flatMap((b) => (b.type === 'markdown' ? Object.values(b.html) : [])).join('\n');
    expect(markdown).toMatch(/<h2>/);
    expect(markdown).toMatch(/<ol>|<ul>/);
    expect(markdown).toMatch(/<a href="https:/);
    expect(markdown).toMatch(/<img src="assets\/[0-9a-f]{8}-three-steps\.svg"/);
    expect(learnerStateLayout(course).pages).toHaveLength(course.modules.flatMap((m) => m.pages).length);
    expect(markdown).toMatch(/<a href="#glossary-illectronism" data-glossary="illectronism">/);
    expect(course.assessment.questionIds).toEqual([
      'keyboard',
      'password-keep',
      'consent-signs',
      'do-it-for-me',
      'match-situations',
      'order-session',
      'consent-word',
      'illectronism-rate',
      'public-computer',
      'saved-password',
    ]);
    expect(course.assessment.maxPoints).toBe(10);
  });

  test('keeps the id on its own line for `dlis new`', async () => {
    const { readFile } = await import('node:fs/promises');
    const yaml = await readFile(`${templateDir}course.yaml`, 'utf8');
    expect(yaml.match(/^id: .*$/gm)).toEqual(['id: module-template']);
  });
});
