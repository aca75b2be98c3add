import { alignUnit, isDone, type SegmentStatus } from './align-targets.ts';
import { assertLanguage, assertValidCourse } from './check-course.ts';
import { collectCourseTexts, type TextUnit } from './course-texts.ts';
import { parseInline } from './inline-codes.ts';
import { readMemory } from './translation-memory.ts';
import { writeXliff } from './write-xliff.ts';
import type { XliffFile, XliffPart, XliffUnit } from './xliff-model.ts';

export interface ExportResult {
  /** The XLIFF 2.1 document. */
  xliff: string;
  courseId: string;
  sourceLanguage: string;
  targetLanguage: string;
  /** Translatable segments, those already done, and those whose source changed since their translation. */
  segments: number;
  done: number;
  changed: number;
}

/**
 * `dlis translate export`: every translatable text of the valid course in `dir` as an XLIFF 2.1 document
 * from its default language to `targetLanguage`, with the course's current translations in `<target>`.
 */
export async function exportCourse(
  dir: string,
  targetLanguage: string,
  options: {
    /** The folder diagnostics name files from (the CLI's); default the course's parent. */ cwd?: string;
  } = {},
): Promise<ExportResult> {
  await assertValidCourse(
    dir,
    'The course has problems: fix them before exporting it for translation.',
    options.cwd,
  );
  const texts = await collectCourseTexts(dir, targetLanguage);
  assertLanguage(targetLanguage, texts.sourceLanguage, 'target language');
  const memory = await readMemory(texts.dir, targetLanguage);
  const files = new Map<string, XliffFile>();
  let segments = 0;
  let done = 0;
  let changed = 0;
  for (const unit of texts.units) {
    const statuses = alignUnit(unit, memory);
    if (unit.translate) {
      segments += statuses.length;
      done += statuses.filter(isDone).length;
      changed += statuses.filter((s) => s.previousSource !== undefined).length;
    }
    let file = files.get(unit.fileId);
    if (!file) {
      file = { id: unit.fileId, original: unit.original, units: [] };
      files.set(unit.fileId, file);
    }
    file.units.push(xliffUnit(unit, statuses));
  }
  const xliff = writeXliff({
    srcLang: texts.sourceLanguage,
    trgLang: targetLanguage,
    courseId: texts.courseId,
    files: [...files.values()],
  });
  return {
    xliff,
    courseId: texts.courseId,
    sourceLanguage: texts.sourceLanguage,
    targetLanguage,
    segments,
    done,
    changed,
  };
}

function xliffUnit(unit: TextUnit, statuses: SegmentStatus[]): XliffUnit {
  const byId = new Map(statuses.map((s) => [s.id, s]));
  const notes: XliffUnit['notes'] = [];
  if (!unit.translate) {
    notes.push({
      category: 'dlis:reference',
      text: 'A file or address, not a text: keep it, or give the path of the same file in the target language.',
    });
  }
  if (statuses.some((s) => s.byHand)) {
    notes.push({
      category: 'dlis:existing-text',
      text: 'This text exists in the target language, written by hand with another structure: it is not shown segment by segment, and is kept unless you translate it here.',
    });
  }
  const parts = unit.parts.map((p): XliffPart => {
    if (p.kind === 'skeleton') return { kind: 'ignorable', text: p.text };
    const s = byId.get(p.id);
    if (s?.previousSource !== undefined) {
      notes.push({ category: 'dlis:previous-source', text: `${p.id}: ${s.previousSource}` });
    }
    return {
      kind: 'segment',
      id: p.id,
      state: s?.state ?? 'initial',
      ...(s?.subState ? { subState: s.subState } : {}),
      source: parseInline(p.text),
      ...(s?.target === undefined ? {} : { target: parseInline(s.target) }),
    };
  });
  return { id: unit.unitId, translate: unit.translate, notes, parts };
}
