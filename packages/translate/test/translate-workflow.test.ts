import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import {
  exportCourse,
  importXliff,
  TranslateError,
  translationStatus,
  validateXliffSchema,
} from '../src/index.ts';
import { readXliff } from '../src/read-xliff.ts';
import { SOURCE_CHANGED } from '../src/xliff-model.ts';
import { pseudoTranslate } from './pseudo-translate.ts';

const COURSES = resolve(import.meta.dirname, '../../../courses');
const M1 = join(COURSES, 'm1-dematerialisation-acces-aux-droits');

let work: string;
let course: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'dlis-translate-'));
  course = join(work, 'm1');
  await cp(M1, course, { recursive: true });
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

async function exportTo(language: string, name = `${language}.xlf`): Promise<string> {
  const result = await exportCourse(course, language);
  const file = join(work, name);
  await writeFile(file, result.xliff);
  return file;
}

async function importProblem(file: string): Promise<TranslateError> {
  const error = await importXliff(file, course).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TranslateError);
  return error as TranslateError;
}

test('the export of every DLIS course is valid against the XLIFF 2.1 core schema, its ids stable', async () => {
  for (const slug of [
    'm1-dematerialisation-acces-aux-droits',
    'm4-donnees-personnelles-rgpd',
    'agility-index',
  ]) {
    const first = await exportCourse(join(COURSES, slug), 'ro');
    const file = join(work, `${slug}.xlf`);
    await writeFile(file, first.xliff);
    expect(await validateXliffSchema(file)).toEqual([]);
    expect(first.segments).toBeGreaterThan(200);
    expect(first.done).toBe(0);
    expect((await exportCourse(join(COURSES, slug), 'ro')).xliff).toBe(first.xliff);
    // English was written by hand: its texts come out as targets, every segment done
    const english = await exportCourse(join(COURSES, slug), 'en');
    expect(english.done).toBe(english.segments);
    await writeFile(file, english.xliff);
    expect(await validateXliffSchema(file)).toEqual([]);
  }
  // the schema check can fail: a segment state outside the core list is refused
  const bad = join(work, 'bad.xlf');
  await writeFile(bad, (await exportCourse(M1, 'ro')).xliff.replace('state="initial"', 'state="done"'));
  expect((await validateXliffSchema(bad)).join('\n')).toMatch(/state.*done/);
});

test('the texts of the visual blocks are exported: banner, image-text (alt and Markdown file), flashcards', async () => {
  const { xliff } = await exportCourse(M1, 'ro');
  const units = [...xliff.matchAll(/<unit id="([^"]*)"/g)].map((m) => m[1]);
  const opening = 'modules.comprendre.pages.cas-d-ouverture.blocks';
  expect(units).toEqual(
    expect.arrayContaining([
      `${opening}.0.alt`,
      `${opening}.0.title`,
      `${opening}.0.subtitle`,
      `${opening}.1.alt`,
    ]),
  );
  expect(xliff).toContain('<file id="pages_cas-situation.md" original="pages/cas-situation.md"');
  const cards = 'modules.publics-et-chiffres.pages.travailleurs-sociaux-et-mandat.blocks.3';
  expect(units).toEqual(
    expect.arrayContaining([`${cards}.title`, `${cards}.cards.0.front`, `${cards}.cards.5.back`]),
  );
  // The image path is a file reference, not a text to translate.
  expect(units).not.toContain(`${opening}.0.src`);
});

test("a choice's own feedback is a unit of its own, next to the choice's label", async () => {
  const { xliff } = await exportCourse(M1, 'ro');
  expect(xliff).toMatch(
    /<unit id="[^"]*\.blocks\.verif-faire-avec\.choices\.0\.feedback">\s*<segment[^>]*>\s*<source>Faire à la place semble plus rapide/,
  );
});

test('export → pseudo-translation → import writes el, keeps course.yaml as it was around the new values', async () => {
  const file = await exportTo('el');
  await writeFile(file, pseudoTranslate(await readFile(file, 'utf8')));
  const before = await readFile(join(course, 'course.yaml'), 'utf8');
  const report = await importXliff(file, course);
  expect(report.languageAdded).toBe(true);
  expect(report.untranslated).toEqual([]);
  expect(report.translated).toBe(report.segments);
  const after = await readFile(join(course, 'course.yaml'), 'utf8');
  // every original line is still there, in order (comments, quotes and flow style kept)
  const kept = after.split('\n').filter((l) => !/^\s*el: /.test(l));
  expect(kept.join('\n')).toBe(before.replace('languages: [fr, en]', 'languages: [fr, en, el]'));
  expect(after).toContain('  el: ⟦el⟧ Δéματéριαλισατιον ετ αςςèσ αυχ δροιτσ\n');
  const page = await readFile(join(course, 'pages/cas-situation.el.md'), 'utf8');
  expect(page.split('\n')[0]).toBe('# ⟦el⟧ Υνε πρεστατιον συσπενδυε');
  const status = await translationStatus(course);
  expect(status.languages.find((l) => l.language === 'el')).toMatchObject({ percent: 100, tracked: true });
  // exporting again: everything is translated, nothing changed
  const again = await exportCourse(course, 'el');
  expect(again.done).toBe(again.segments);
  expect(again.changed).toBe(0);
});

test('after a source change, only the changed segments need work; status counts them out', async () => {
  const file = await exportTo('el');
  await writeFile(file, pseudoTranslate(await readFile(file, 'utf8')));
  await importXliff(file, course);
  const pagePath = join(course, 'pages/cas-situation.fr.md');
  const page = await readFile(pagePath, 'utf8');
  const changedParagraph =
    "Mme K. perçoit une prestation de la CAF. Ce mois-ci, le versement n'est pas arrivé.";
  expect(page).toContain(changedParagraph);
  await writeFile(
    pagePath,
    page.replace(changedParagraph, "Mme K. perçoit une aide de la CAF. Ce mois-ci, elle n'est pas arrivée."),
  );
  const yamlPath = join(course, 'course.yaml');
  await writeFile(
    yamlPath,
    (await readFile(yamlPath, 'utf8')).replace('fr: Le cas de Mme K.', 'fr: Le cas de Madame K.'),
  );

  const result = await exportCourse(course, 'el');
  expect(result.segments - result.done).toBe(2);
  expect(result.changed).toBe(2);
  const doc = readXliff(result.xliff, 'el.xlf');
  const segments = doc.files.flatMap((f) =>
    f.units.flatMap((u) => u.parts.flatMap((p) => (p.kind === 'segment' ? [{ unit: u, p }] : []))),
  );
  const needWork = segments.filter((s) => s.p.state === 'initial');
  expect(needWork).toHaveLength(2);
  for (const s of needWork) {
    expect(s.p.subState).toBe(SOURCE_CHANGED);
    expect(s.p.target?.length).toBeGreaterThan(0); // the old translation, to review
    expect(s.unit.notes.some((n) => n.category === 'dlis:previous-source')).toBe(true);
  }
  expect(needWork.map((s) => s.unit.notes.find((n) => n.category === 'dlis:previous-source')?.text)).toEqual([
    expect.stringContaining('Le cas de Mme K.'),
    expect.stringContaining(changedParagraph),
  ]);
  const status = await translationStatus(course);
  const el = status.languages.find((l) => l.language === 'el');
  expect(el).toMatchObject({ segments: result.segments, translated: result.segments - 2, changed: 2 });
  expect(el?.percent).toBe(Math.floor(((result.segments - 2) / result.segments) * 1000) / 10);
});

test('status: a partial translation counts its translated segments only', async () => {
  const file = await exportTo('ro');
  const doc = readXliff(pseudoTranslate(await readFile(file, 'utf8')), 'ro.xlf');
  const all = doc.files.flatMap((f) =>
    f.units.filter((u) => u.translate).flatMap((u) => u.parts.filter((p) => p.kind === 'segment')),
  );
  // keep the translation of the first 50 segments only
  all.slice(50).forEach((p) => {
    if (p.kind === 'segment') {
      delete p.target;
      p.state = 'initial';
    }
  });
  const { writeXliff } = await import('../src/write-xliff.ts');
  await writeFile(file, writeXliff(doc));
  const report = await importXliff(file, course);
  expect(report.translated).toBe(50);
  expect(report.untranslated).toHaveLength(all.length - 50);
  const ro = (await translationStatus(course)).languages.find((l) => l.language === 'ro');
  expect(ro).toMatchObject({ translated: 50, segments: all.length });
  expect(ro?.percent).toBe(Math.floor((50 / all.length) * 1000) / 10);
  const en = (await translationStatus(course)).languages.find((l) => l.language === 'en');
  expect(en).toMatchObject({ percent: 100, tracked: false });
});

test('bad input: broken XLIFF, wrong course, unknown segment id, unknown unit — located, nothing written', async () => {
  const file = await exportTo('el');
  const good = pseudoTranslate(await readFile(file, 'utf8'));
  const before = await readFile(join(course, 'course.yaml'), 'utf8');

  await writeFile(file, good.replace('</source>', '</sourc>'));
  const broken = await importProblem(file);
  expect(broken.message).toMatch(/not well-formed XML: <\/sourc> closes <source>/);
  expect(broken.location).toMatchObject({ file, line: 6 });

  await writeFile(file, good.replace('Δéματéριαλισατιον ετ', 'Δ & ε'));
  expect((await importProblem(file)).message).toMatch(/character reference/);

  await writeFile(
    file,
    good.replace(
      'dlis:course="m1-dematerialisation-acces-aux-droits"',
      'dlis:course="m4-donnees-personnelles-rgpd"',
    ),
  );
  const wrongCourse = await importProblem(file);
  expect(wrongCourse.message).toMatch(
    /translates course 'm4-donnees-personnelles-rgpd', not 'm1-dematerialisation-acces-aux-droits'/,
  );
  expect(wrongCourse.hint).toMatch(/--course/);

  const lines = good.split('\n');
  const segmentLine = lines.findIndex((l) => l.includes('<segment id="s3d1a2957"'));
  await writeFile(file, good.replace('<segment id="s3d1a2957"', '<segment id="s00000000"'));
  const unknownSegment = await importProblem(file);
  expect(unknownSegment.message).toMatch(/segment 's00000000' is not a segment of unit 'title'/);
  expect(unknownSegment.location).toMatchObject({ file, line: segmentLine + 1, col: 7 });

  await writeFile(file, good.replace('<unit id="description">', '<unit id="modules.gone.title">'));
  expect((await importProblem(file)).message).toMatch(
    /unit 'modules.gone.title' of file 'course.yaml' is not a text/,
  );

  await writeFile(file, good.replace('srcLang="fr"', 'srcLang="en"'));
  expect((await importProblem(file)).message).toMatch(/source language is 'en'/);

  expect(await readFile(join(course, 'course.yaml'), 'utf8')).toBe(before);
  await expect(readFile(join(course, 'pages/cas-d-ouverture.el.md'))).rejects.toThrow();
});

test('a translation that breaks the course is refused with the located diagnostics, nothing written', async () => {
  const file = await exportTo('el');
  const xliff = pseudoTranslate(await readFile(file, 'utf8'));
  // an image path in a translated text that does not exist in the course
  const withBadImage = xliff.replace('⟦el⟧ Υνε πρεστατιον συσπενδυε', '⟦el⟧ ![x](missing.png)');
  await writeFile(file, withBadImage);
  const error = await importXliff(file, course).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TranslateError);
  const diagnostics = (error as { diagnostics?: { file: string; message: string }[] }).diagnostics ?? [];
  expect(diagnostics.length).toBeGreaterThan(0);
  // located in the course itself, not in the copy the import validated
  expect(diagnostics[0]?.file).toBe(join(course, 'pages/cas-situation.el.md'));
  await expect(readFile(join(course, 'pages/cas-situation.el.md'))).rejects.toThrow();
});

test('importing into an existing language changes only what the translator changed', async () => {
  const file = await exportTo('en');
  const xliff = await readFile(file, 'utf8');
  expect(xliff).toContain('<target>The case of Mrs K.</target>');
  await writeFile(
    file,
    xliff.replace('<target>The case of Mrs K.</target>', '<target>The story of Mrs K.</target>'),
  );
  const before = await readFile(join(course, 'course.yaml'), 'utf8');
  const pageBefore = await readFile(join(course, 'pages/cas-d-ouverture.en.md'), 'utf8');
  const report = await importXliff(file, course);
  expect(report.languageAdded).toBe(false);
  expect(report.untranslated).toEqual([]);
  expect(await readFile(join(course, 'course.yaml'), 'utf8')).toBe(
    before.replace('en: The case of Mrs K.', 'en: The story of Mrs K.'),
  );
  expect(await readFile(join(course, 'pages/cas-d-ouverture.en.md'), 'utf8')).toBe(pageBefore);
});
