// `dlis build --target pdf`: one tagged A4 PDF per language, printed by the packages' own renderer.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { compileCourse, loadCourse } from '@dlis/course';
import type { CompiledCourse } from '@dlis/course/compiled';
import { run } from '../cli/test/run-cli.ts';
import { inkRatio, inspectPdf, type PdfFacts } from './support/pdf-inspect.ts';

const templateDir = fileURLToPath(new URL('../templates/module/', import.meta.url));
const CONTENTS = { fr: 'Sommaire', en: 'Contents' } as const;

let work: string;
let built: { code: number; out: string; err: string };
let course: CompiledCourse;
const pdfs = new Map<string, { data: Uint8Array; facts: PdfFacts }>();

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'dlis-pdf-target-'));
  const loaded = await loadCourse(templateDir);
  if (!loaded.ok) throw new Error('the template must be valid');
  course = compileCourse(loaded.model).course;
  built = await run(['build', templateDir, '--target', 'pdf', '--out', join(work, 'out')], work);
  for (const language of course.languages) {
    const data = new Uint8Array(await readFile(join(work, 'out', `module-template-${language}.pdf`)));
    pdfs.set(language, { data, facts: await inspectPdf(data) });
  }
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

const t = (text: Record<string, string | undefined>, language: string) => text[language] ?? '';

test('writes one PDF per language and nothing else', async () => {
  expect(built.err).toBe('');
  expect(built.code).toBe(0);
  expect((await readdir(join(work, 'out'))).sort()).toEqual([
    'module-template-en.pdf',
    'module-template-fr.pdf',
  ]);
  expect(built.out).toMatch(/module-template-fr\.pdf {2}\(pdf, fr, [\d.]+ KB\)$/m);
});

describe.each(['fr', 'en'] as const)('the %s PDF', (language) => {
  const facts = () => pdfs.get(language)!.facts;
  const pages = () => course.modules.flatMap((m) => m.pages);

  test('A4, cover + contents + at least a page per course page, within a sane range', () => {
    expect(facts().pageCount).toBeGreaterThanOrEqual(2 + pages().length);
    expect(facts().pageCount).toBeLessThanOrEqual(60);
  });

  test('its outline (bookmarks) lists the contents, then every course page in order', () => {
    expect(facts().outline).toEqual([CONTENTS[language], ...pages().map((p) => t(p.title, language))]);
  });

  test('is tagged, embeds every font, and has its text extractable: every page title and tool sheet', () => {
    expect(facts().tagged).toBe(true);
    expect(facts().fontCount).toBeGreaterThan(0);
    expect(facts().fontsNotEmbedded).toEqual([]);
    const text = facts().pageTexts.join('\n').replace(/\s+/g, ' ');
    for (const page of pages()) expect(text).toContain(t(page.title, language));
    expect(facts().pageTexts[0]).toContain(t(course.title, language));
  });

  test('every tool sheet starts a PDF page', () => {
    const sheets = pages()
      .flatMap((p) => p.blocks)
      .flatMap((b) => (b.type === 'tool-sheet' ? [t(b.title, language)] : []));
    expect(sheets.length).toBeGreaterThan(0);
    const starts = facts().pageTexts.map((text) => text.replace(/\s+/g, ' ').trim());
    for (const title of sheets)
      expect(
        starts.some((s) => s.startsWith(title)),
        title,
      ).toBe(true);
  });

  test('links: the contents link to the pages, web links stay clickable, no link to a temporary file', () => {
    expect(facts().internalLinks).toBeGreaterThanOrEqual(pages().length);
    expect(facts().uris.length).toBeGreaterThan(0);
    expect(facts().uris.every((uri) => uri.startsWith('https://'))).toBe(true);
  });

  test('pages render with ink on them (cover and first course page, to PNG)', async () => {
    for (const n of [1, 3]) {
      const { png, ink } = await inkRatio(pdfs.get(language)!.data, n);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(ink, `page ${n}`).toBeGreaterThan(0.005);
    }
  });
});

test('a Chromium that cannot start: a clear error with a hint, and no PDF', async () => {
  const saved = process.env['CHROMIUM_PATH'];
  process.env['CHROMIUM_PATH'] = '/bin/false';
  try {
    const result = await run(['build', templateDir, '--target', 'pdf', '--out', join(work, 'none')], work);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(
      /^error \[PACKAGE_E_CHROMIUM_START\]: Chromium \(\/bin\/false\) could not start/,
    );
    expect(result.err).toContain('libnss3');
    await expect(readdir(join(work, 'none'))).rejects.toThrow();
  } finally {
    process.env['CHROMIUM_PATH'] = saved;
  }
});
