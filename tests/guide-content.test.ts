// The Guide-outil's content, read through the same loader and compiler as `dlis build`: 10 chapters in French
// and English, each with a country box naming the five DLIS countries, a tool sheet, a link to the module that
// deepens it, and sources; no assessment; no placeholder text.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { compileCourse, loadCourse, type LoadResult } from '@dlis/course';
import { htmlToText, type CompiledBlock, type CompiledCourse } from '@dlis/course/compiled';

const guideDir = fileURLToPath(new URL('../courses/guide-outil/', import.meta.url));
const languages = ['fr', 'en'] as const;
const chapterIds = Array.from({ length: 10 }, (_, i) => `chapitre-${i + 1}`);

/** The module packages a chapter may link to (relative links, as in courses/agility-index). */
const moduleIds = [
  'm1-dematerialisation-acces-aux-droits',
  'm2-reperer-diagnostiquer-exclusion-numerique',
  'm3-posture-ethique-mandat',
  'm4-donnees-personnelles-rgpd',
  'm5-demarches-en-ligne-par-pays',
  'm6-securite-arnaques-faux-sites',
  'm7-accessibilite-communication-claire',
];

/** Each country as its code and its name in each language, as the country boxes name them. */
const countries = [
  { code: 'FR', fr: 'France', en: 'France' },
  { code: 'BE', fr: 'Belgique', en: 'Belgium' },
  { code: 'LU', fr: 'Luxembourg', en: 'Luxembourg' },
  { code: 'EL', fr: 'Grèce', en: 'Greece' },
  { code: 'RO', fr: 'Roumanie', en: 'Romania' },
];
const openRule = { fr: 'à compléter par les partenaires', en: 'to be completed by the partners' };

/**
 * Rules that BRIEF §6 lists as open (to be completed from national sources): the country box of that chapter
 * must say so on that country's line instead of stating a rule.
 */
const openInBrief: Record<string, string[]> = {
  'chapitre-4': ['LU', 'EL', 'RO'], // mandates and representation
  'chapitre-5': ['BE', 'LU', 'EL', 'RO'], // professional secrecy
  'chapitre-6': ['LU'], // physical help points
};

let loaded: LoadResult;
let course: CompiledCourse;

beforeAll(async () => {
  loaded = await loadCourse(guideDir);
  if (!loaded.ok)
    throw new Error(loaded.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`).join('\n'));
  course = compileCourse(loaded.model).course;
});

function page(id: string) {
  const found = course.modules.flatMap((m) => m.pages).find((p) => p.id === id);
  if (!found) throw new Error(`no page ${id}`);
  return found;
}

function block(pageId: string, blockId: string): CompiledBlock {
  const found = page(pageId).blocks.find((b) => b.id === blockId);
  if (!found) throw new Error(`no block ${blockId} on ${pageId}`);
  return found;
}

function html(b: CompiledBlock, lang: string): string {
  if (!('html' in b) || typeof b.html !== 'object') throw new Error(`block ${b.id} has no HTML`);
  return (b.html as Record<string, string>)[lang] ?? '';
}

function listItems(htmlText: string): string[] {
  return [...htmlText.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => htmlToText(m[1]!));
}

test('the guide is a French-first, fr + en, CC BY-SA course with no assessment, complete once every page is seen', () => {
  expect(course.id).toBe('guide-outil');
  expect(course.languages).toEqual(['fr', 'en']);
  expect(course.defaultLanguage).toBe('fr');
  expect(course.licence).toBe('CC-BY-SA-4.0');
  expect(course.authors).toEqual([
    { name: 'DLIS project partners', organisation: 'DLIS Erasmus+ partnership' },
  ]);
  expect(course.completion).toBe('all-pages-viewed');
  expect(course.assessment.questionIds).toEqual([]);
  const blockTypes = course.modules.flatMap((m) => m.pages.flatMap((p) => p.blocks.map((b) => b.type)));
  expect(blockTypes).not.toContain('question');
  expect(blockTypes).not.toContain('question-bank');
});

test('the welcome page comes first, then the 10 chapters in order, with stable ids', () => {
  const ids = course.modules.flatMap((m) => m.pages.map((p) => p.id));
  expect(ids).toEqual(['accueil', ...chapterIds]);
  for (const lang of languages) {
    const attribution = htmlToText(html(block('accueil', 'accueil-licence'), lang));
    expect(attribution).toContain('CC BY-SA 4.0');
    expect(attribution).toContain('Erasmus+');
  }
});

test('validates without a warning: the modules are linked through the course links (link:M1 … link:M7)', () => {
  expect(loaded.ok).toBe(true);
  expect(loaded.warnings).toEqual([]);
});

describe.each(chapterIds.map((id, i) => [id, i + 1] as const))('%s', (chapterId, n) => {
  test.each(languages)('%s: title, text, country box, tool sheet, module link and sources', (lang) => {
    const chapter = page(chapterId);
    expect(chapter.title[lang]).toMatch(new RegExp(`^${lang === 'fr' ? 'Chapitre' : 'Chapter'} ${n} – \\S`));
    expect(chapter.blocks.map((b) => [b.id, b.type])).toEqual([
      [`${chapterId}-texte`, 'markdown'],
      [`${chapterId}-pays`, 'callout'],
      [`${chapterId}-fiche-outil`, 'tool-sheet'],
      [`${chapterId}-sources`, 'markdown'],
    ]);
    expect(htmlToText(html(block(chapterId, `${chapterId}-texte`), lang)).length).toBeGreaterThan(800);

    const countryLines = listItems(html(block(chapterId, `${chapterId}-pays`), lang));
    expect(countryLines).toHaveLength(5);
    for (const [i, country] of countries.entries()) {
      expect(countryLines[i]).toContain(`${country[lang]} (${country.code})`);
    }
    for (const code of openInBrief[chapterId] ?? []) {
      const line = countryLines[countries.findIndex((c) => c.code === code)]!;
      expect(line, `${chapterId} ${lang} ${code}`).toContain(openRule[lang]);
    }

    const sheet = block(chapterId, `${chapterId}-fiche-outil`);
    if (sheet.type !== 'tool-sheet') throw new Error('not a tool sheet');
    expect(sheet.title[lang]).toMatch(
      new RegExp(`^${lang === 'fr' ? 'Fiche-outil' : 'Tool sheet'} ${n} – \\S`),
    );
    expect(htmlToText(html(sheet, lang)).length).toBeGreaterThan(300);

    const sources = html(block(chapterId, `${chapterId}-sources`), lang);
    // A course link: the module's sibling package by default (course.yaml `links`), opened in a new tab.
    const moduleLinks = [...sources.matchAll(/href="\.\.\/([a-z0-9-]+)\/" data-course-link="M\d"/g)].map(
      (m) => m[1],
    );
    expect(moduleLinks.length).toBeGreaterThan(0);
    for (const id of moduleLinks) expect(moduleIds).toContain(id);
    const references = listItems(sources);
    expect(references.length).toBeGreaterThanOrEqual(5);
    for (const reference of references) {
      // Author, title, year (or "no date" where BRIEF gives none), address.
      expect(reference, reference).toMatch(/\((?:\d{4}|s\. d\.|n\.d\.)\)/);
      expect(reference, reference).toMatch(/https?:\/\/\S+/);
    }
  });

  test('French and English give the same number of sources and country lines', () => {
    const count = (blockId: string, lang: string) => listItems(html(block(chapterId, blockId), lang)).length;
    expect(count(`${chapterId}-sources`, 'en')).toBe(count(`${chapterId}-sources`, 'fr'));
    expect(count(`${chapterId}-pays`, 'en')).toBe(count(`${chapterId}-pays`, 'fr'));
  });
});

test('no placeholder text in any source file of the guide', async () => {
  const dir = join(guideDir, 'pages');
  const files = [join(guideDir, 'course.yaml'), ...(await readdir(dir)).map((f) => join(dir, f))];
  expect(files.length).toBe(1 + 2 * (2 + 4 * 10));
  for (const file of files) {
    const text = await readFile(file, 'utf8');
    expect(text, file).not.toMatch(/\b(?:TODO|TBD|FIXME|XXX|lorem|ipsum)\b/i);
  }
});
