import { cp, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { isSeq } from 'yaml';
import { applyYamlEdits, type YamlEdit } from './yaml-edits.ts';
import { alignUnit, isDone } from './align-targets.ts';
import { assertLanguage, assertValidCourse, InvalidCourseError } from './check-course.ts';
import { collectCourseTexts, segmentParts, type CourseTexts, type TextUnit } from './course-texts.ts';
import { inlineToMarkdown } from './inline-codes.ts';
import { readXliff } from './read-xliff.ts';
import {
  ensureMemoryFolder,
  memoryFile,
  memoryKey,
  readMemory,
  type MemorySegment,
  type TranslationMemory,
} from './translation-memory.ts';
import { TranslateError } from './translate-error.ts';
import { SOURCE_CHANGED, type XliffDocument, type XliffPart, type XliffUnit } from './xliff-model.ts';

export interface ImportReport {
  courseDir: string;
  language: string;
  /** Files written (relative to the course folder). */
  written: string[];
  segments: number;
  translated: number;
  /** Segments with no translation: the source text stands in for them. */
  untranslated: { file: string; unit: string; segment: string }[];
  /** Segments of the XLIFF file whose source changed in the course since the export: not imported. */
  changed: { file: string; unit: string; segment: string }[];
  languageAdded: boolean;
}

type XliffSegment = Extract<XliffPart, { kind: 'segment' }>;

/**
 * `dlis translate import`: write the XLIFF file's target language into the course (Markdown files
 * `<name>.<lang>.md`, values in course.yaml and the questionnaire file with their comments kept), add the
 * language to `languages`, remember what each translation was made from (translations/<lang>.json), and
 * check the result with the course validation. Nothing is written unless the result is valid.
 */
export async function importXliff(xliffPath: string, courseDir: string): Promise<ImportReport> {
  let text: string;
  try {
    text = await readFile(xliffPath, 'utf8');
  } catch {
    throw new TranslateError(`${xliffPath}: cannot be read.`);
  }
  const doc = readXliff(text, xliffPath);
  const texts = await collectCourseTexts(courseDir, doc.trgLang);
  checkDocument(doc, texts, xliffPath);
  const language = doc.trgLang;
  const memory = await readMemory(texts.dir, language);
  const units = new Map(texts.units.map((u) => [memoryKey(u.fileId, u.unitId), u]));
  const incoming = new Map<string, XliffUnit>();
  const report: ImportReport = {
    courseDir: texts.dir,
    language,
    written: [],
    segments: 0,
    translated: 0,
    untranslated: [],
    changed: [],
    languageAdded: false,
  };
  for (const file of doc.files) {
    for (const unit of file.units) {
      const key = memoryKey(file.id, unit.id);
      if (!units.has(key)) {
        throw new TranslateError(
          `unit '${unit.id}' of file '${file.id}' is not a text of course '${texts.courseId}'.`,
          { file: xliffPath, ...(unit.position ?? { line: 1, col: 1 }) },
          'Was it removed from the course since the export? Export the course again and carry the translations over.',
        );
      }
      incoming.set(key, unit);
    }
  }

  const nextMemory: TranslationMemory = { language, sourceLanguage: texts.sourceLanguage, units: {} };
  const markdownWrites = new Map<string, string>();
  const yamlEdits = new Map<string, YamlEdit[]>();
  for (const unit of texts.units) {
    const key = memoryKey(unit.fileId, unit.unitId);
    const fromXliff = incoming.get(key);
    const result = translateUnit(unit, fromXliff, memory, xliffPath, report);
    if (result.memory) nextMemory.units[key] = result.memory;
    if (result.text === undefined || result.text === unit.target) continue;
    if (unit.place.kind === 'yaml') {
      const edits = yamlEdits.get(unit.place.file) ?? [];
      edits.push({
        kind: 'set',
        map: unit.place.map,
        language,
        text: unit.list ? result.text.split('\n') : result.text,
      });
      yamlEdits.set(unit.place.file, edits);
    } else markdownWrites.set(`${unit.place.base}.${language}.md`, result.text);
  }
  const languages = addLanguage(texts, language);
  if (languages) {
    report.languageAdded = true;
    const courseFile = join(texts.dir, 'course.yaml');
    yamlEdits.set(courseFile, [...(yamlEdits.get(courseFile) ?? []), languages]);
  }

  const yamlWrites = new Map<string, string>();
  for (const [file, edits] of yamlEdits) {
    yamlWrites.set(file, applyYamlEdits(await readFile(file, 'utf8'), edits));
  }
  const writes = new Map([...yamlWrites, ...markdownWrites]);
  writes.set(memoryFile(texts.dir, language), `${JSON.stringify(nextMemory, null, 2)}\n`);
  await validateInCopy(texts.dir, writes);
  await ensureMemoryFolder(texts.dir);
  for (const [file, content] of writes) {
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, content);
    await rename(temporary, file);
    report.written.push(relative(texts.dir, file));
  }
  return report;
}

function checkDocument(doc: XliffDocument, texts: CourseTexts, xliffPath: string): void {
  const at = { file: xliffPath, line: 1, col: 1 };
  if (doc.courseId && doc.courseId !== texts.courseId) {
    throw new TranslateError(
      `this XLIFF file translates course '${doc.courseId}', not '${texts.courseId}' (${texts.dir}).`,
      at,
      'Give the right course folder with --course <dir>.',
    );
  }
  if (doc.srcLang !== texts.sourceLanguage) {
    throw new TranslateError(
      `the XLIFF file's source language is '${doc.srcLang}', but the course's defaultLanguage is '${texts.sourceLanguage}'.`,
      at,
    );
  }
  try {
    assertLanguage(doc.trgLang, texts.sourceLanguage, "the XLIFF file's trgLang");
  } catch (error) {
    throw new TranslateError((error as Error).message, at);
  }
}

/** The unit's new text in the target language (undefined: leave it as it is) and what to remember of it. */
function translateUnit(
  unit: TextUnit,
  fromXliff: XliffUnit | undefined,
  memory: TranslationMemory | undefined,
  xliffPath: string,
  report: ImportReport,
): { text?: string; memory?: MemorySegment[] } {
  const statuses = new Map(alignUnit(unit, memory).map((s) => [s.id, s]));
  const segments = new Map<string, XliffSegment>();
  for (const part of fromXliff?.parts ?? []) {
    if (part.kind !== 'segment') continue;
    const current = unit.parts.some((p) => p.kind === 'segment' && p.id === part.id);
    if (current) {
      segments.set(part.id, part);
      continue;
    }
    // Not a segment of the course's current text: either its source changed since the export (the id is
    // still the hash of the segment's own source), or the id is not one the toolkit wrote.
    const ownId = segmentParts(inlineToMarkdown(part.source), unit.list).find(
      (p) => p.kind === 'segment',
    )?.id;
    if (ownId && part.id.split('-')[0] === ownId) {
      report.changed.push({ file: unit.original, unit: unit.unitId, segment: part.id });
      continue;
    }
    throw new TranslateError(
      `segment '${part.id}' is not a segment of unit '${unit.unitId}' (${unit.original}).`,
      { file: xliffPath, ...(part.position ?? fromXliff?.position ?? { line: 1, col: 1 }) },
      'Segment ids are written by dlis translate export: keep them as they are.',
    );
  }
  // A text the XLIFF file does not translate at all keeps what the course has (e.g. a text written by hand).
  const anyTarget = [...segments.values()].some((p) => p.target && inlineToMarkdown(p.target).trim());
  if (unit.target !== undefined && !anyTarget) {
    const kept = memory?.units[memoryKey(unit.fileId, unit.unitId)];
    if (unit.translate) {
      report.segments += statuses.size;
      report.translated += [...statuses.values()].filter(isDone).length;
    }
    return kept ? { memory: kept } : {};
  }
  const remembered: MemorySegment[] = [];
  const text = unit.parts
    .map((p) => {
      if (p.kind === 'skeleton') return p.text;
      const incoming = segments.get(p.id);
      const target = incoming?.target ? inlineToMarkdown(incoming.target) : '';
      const existing = statuses.get(p.id);
      if (unit.translate) report.segments++;
      if (incoming && target.trim()) {
        const state =
          incoming.state === 'initial' && incoming.subState !== SOURCE_CHANGED
            ? 'translated'
            : incoming.state;
        if (unit.translate && state !== 'initial') report.translated++;
        remembered.push({ id: p.id, source: p.text, state });
        return target;
      }
      if (existing?.target !== undefined) {
        if (unit.translate && existing.state !== 'initial') report.translated++;
        remembered.push({ id: p.id, source: p.text, state: existing.state });
        return existing.target;
      }
      if (unit.translate) report.untranslated.push({ file: unit.original, unit: unit.unitId, segment: p.id });
      remembered.push({ id: p.id, source: p.text, state: unit.translate ? null : 'translated' });
      return p.text;
    })
    .join('');
  return { text, memory: remembered };
}

/** The edit that adds the language to course.yaml's `languages`, unless it is there already. */
function addLanguage(texts: CourseTexts, language: string): YamlEdit | undefined {
  const doc = texts.documents.get(join(texts.dir, 'course.yaml'));
  const languages = doc?.get('languages', true);
  if (!isSeq(languages) || texts.languages.includes(language)) return undefined;
  return { kind: 'append', seq: languages, value: language };
}

/** Write the changes into a copy of the course and validate it there; the course itself is left untouched. */
async function validateInCopy(courseDir: string, writes: Map<string, string>): Promise<void> {
  const copy = await mkdtemp(join(tmpdir(), 'dlis-translate-'));
  try {
    const copyDir = join(copy, 'course');
    await cp(courseDir, copyDir, { recursive: true });
    for (const [file, content] of writes) {
      const target = resolve(copyDir, relative(courseDir, file));
      await writeFileEnsured(target, content);
    }
    await assertValidCourse(
      copyDir,
      'The course would not be valid with this translation: nothing was written.',
      copyDir,
    ).catch((error: unknown) => {
      // Point the diagnostics at the course's own files, not at the copy (the loader named them from copyDir).
      if (error instanceof InvalidCourseError) {
        for (const d of error.diagnostics) {
          if (!d.file.startsWith('..') && !isAbsolute(d.file)) d.file = join(courseDir, d.file);
        }
      }
      throw error;
    });
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}

async function writeFileEnsured(file: string, content: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, content);
}
