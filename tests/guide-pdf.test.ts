// The Guide-outil as a PDF (`dlis build --target pdf`), fr and en: page count, outline = chapters, each tool
// sheet starts a PDF page and fits on that one page, a sentence of each chapter extractable, tagged, fonts
// embedded, links present. Real renderer, real Chromium, read back with pdf-lib and pdf.js.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { compileCourse, loadCourse } from '@dlis/course';
import { htmlToText, type CompiledCourse, type CompiledPage } from '@dlis/course/compiled';
import { run } from '../cli/test/run-cli.ts';
import { inspectPdf, type PdfFacts } from './support/pdf-inspect.ts';

const guideDir = fileURLToPath(new URL('../courses/guide-outil/', import.meta.url));
const CONTENTS = { fr: 'Sommaire', en: 'Contents' } as const;

let work: string;
let course: CompiledCourse;
const facts = new Map<string, PdfFacts>();

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'dlis-guide-pdf-'));
  const loaded = await loadCourse(guideDir);
  if (!loaded.ok) throw new Error('the guide must be valid');
  course = compileCourse(loaded.model).course;
  const built = await run(['build', guideDir, '--target', 'pdf', '--out', join(work, 'out')], work);
  if (built.code !== 0) throw new Error(`dlis build --target pdf failed: ${built.err}`);
  for (const language of ['fr', 'en']) {
    const data = new Uint8Array(await readFile(join(work, 'out', `guide-outil-${language}.pdf`)));
    facts.set(language, await inspectPdf(data));
  }
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** Text compared without any white space: pdf.js and the HTML break lines and join words differently. */
const squash = (text: string) => text.replace(/\s+/g, '').replace(/[‐-]/g, '-');

const pages = (): CompiledPage[] => course.modules.flatMap((m) => m.pages);
const chapters = () => pages().filter((p) => p.id.startsWith('chapitre-'));

describe.each(['fr', 'en'] as const)('the guide in %s', (language) => {
  const pdf = () => facts.get(language)!;
  const t = (text: Record<string, string>) => text[language] ?? '';

  test('has ten chapters and a page count within range (cover, contents, about 3 pages a chapter)', () => {
    expect(chapters()).toHaveLength(10);
    expect(pdf().pageCount).toBeGreaterThanOrEqual(2 + 2 * chapters().length);
    expect(pdf().pageCount).toBeLessThanOrEqual(80);
  });

  // Compared without white space: Chromium's outline drops the space where a long h1 wraps (a known defect
  // of its bookmark titles, see docs/architecture.md).
  test('its outline lists the contents, the welcome page and the ten chapters', () => {
    expect(pdf().outline.map(squash)).toEqual(
      [CONTENTS[language], ...pages().map((p) => t(p.title))].map(squash),
    );
  });

  test('every tool sheet starts a PDF page and all of its text is on that one page', () => {
    for (const chapter of chapters()) {
      const sheet = chapter.blocks.find((b) => b.type === 'tool-sheet');
      if (sheet?.type !== 'tool-sheet') throw new Error(`${chapter.id} has no tool sheet`);
      const title = squash(t(sheet.title));
      const at = pdf().pageTexts.findIndex((text) => squash(text).startsWith(title));
      expect(at, `${sheet.id} starts a page`).toBeGreaterThanOrEqual(0);
      const onPage = squash(pdf().pageTexts[at]!);
      // Each paragraph, heading and list item of the sheet (the PDF numbers ordered list items).
      const parts = t(sheet.html)
        .split(/<\/(?:p|li|h\d)>/)
        .map(htmlToText)
        .filter((part) => part.trim() !== '');
      expect(parts.length).toBeGreaterThan(3);
      for (const part of parts) {
        expect(onPage, `${sheet.id}: "${part}" on the sheet's page`).toContain(squash(part));
      }
    }
  });

  test('a sentence of each chapter can be extracted', () => {
    const all = squash(pdf().pageTexts.join('\n'));
    for (const chapter of chapters()) {
      const text = chapter.blocks.find((b) => b.id === `${chapter.id}-texte`);
      if (text?.type !== 'markdown') throw new Error(`${chapter.id} has no text block`);
      const paragraphs = htmlToText(t(text.html))
        .split('\n')
        .filter((line) => line.length > 60);
      const sentence = paragraphs[0]!.split(/(?<=[.:;!?])\s/)[0]!;
      expect(all, `${chapter.id}: ${sentence}`).toContain(squash(sentence));
    }
  });

  test('is tagged, embeds its fonts and keeps its links', () => {
    expect(pdf().tagged).toBe(true);
    expect(pdf().fontCount).toBeGreaterThan(0);
    expect(pdf().fontsNotEmbedded).toEqual([]);
    expect(pdf().internalLinks).toBeGreaterThanOrEqual(pages().length);
    expect(pdf().uris.length).toBeGreaterThanOrEqual(10);
  });
});
