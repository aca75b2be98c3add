import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import {
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
  type YAMLMap,
} from 'yaml';
import { segmentText, type TextPart } from './segment-text.ts';
import { TranslateError } from './translate-error.ts';

/** One translatable text of a course: a localized value of a YAML file, or a Markdown file. */
export interface TextUnit {
  /** XLIFF `<file id>`: the source file's path in the course, as an NMTOKEN. */
  fileId: string;
  /** Path of the source file in the course (a Markdown file without its language: `pages/intro.md`). */
  original: string;
  /** XLIFF `<unit id>`: the structural path in the YAML file (`modules.m1.pages.p1.title`), `text` for Markdown. */
  unitId: string;
  /** false for file references (media `src`, download `file`, `url`): kept unless a localized file is given. */
  translate: boolean;
  source: string;
  /** A list of short texts (fill-in accepted answers): one segment per item, items joined by line breaks. */
  list: boolean;
  parts: SegmentedPart[];
  /** The text in the target language, when the course has one. */
  target?: string;
  place: { kind: 'yaml'; file: string; map: YAMLMap } | { kind: 'markdown'; base: string };
}

export type SegmentedPart =
  { kind: 'skeleton'; text: string } | { kind: 'segment'; id: string; text: string };

export interface CourseTexts {
  dir: string;
  courseId: string;
  sourceLanguage: string;
  languages: string[];
  units: TextUnit[];
  /** The parsed YAML files, by absolute path, for writing a language back with comments kept. */
  documents: Map<string, Document>;
}

const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
const REFERENCE_KEYS = new Set(['src', 'file', 'url', 'href', 'poster', 'captions']);

export function isLanguageTag(tag: string): boolean {
  return LANGUAGE_TAG.test(tag);
}

/** An XLIFF id (xs:NMTOKEN) from a path: characters outside [A-Za-z0-9._:-] become `_`. */
export function toNmtoken(path: string): string {
  return path.replace(/[^A-Za-z0-9._:-]/g, '_') || '_';
}

/**
 * Segment ids: `s` + the first 8 hex digits of the SHA-256 of the segment's source text, `-2`, `-3`… for a
 * repeated text in the same unit. An unchanged segment keeps its id whatever changes around it.
 */
export function segmentParts(text: string, list = false): SegmentedPart[] {
  const seen = new Map<string, number>();
  const parts: TextPart[] = list
    ? text
        .split('\n')
        .flatMap((item, i): TextPart[] => [
          ...(i > 0 ? [{ kind: 'skeleton' as const, text: '\n' }] : []),
          { kind: 'segment', text: item },
        ])
    : segmentText(text);
  return parts.map((p: TextPart): SegmentedPart => {
    if (p.kind === 'skeleton') return p;
    const hash = `s${createHash('sha256').update(p.text).digest('hex').slice(0, 8)}`;
    const n = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, n);
    return { kind: 'segment', id: n === 1 ? hash : `${hash}-${n}`, text: p.text };
  });
}

/**
 * Every translatable text of the course in `dir`, in the order of its files: course.yaml's localized values,
 * then the Markdown files and questionnaire file it names (in the order they are named).
 */
export async function collectCourseTexts(dir: string, targetLanguage?: string): Promise<CourseTexts> {
  const courseDir = resolve(dir);
  const courseFile = join(courseDir, 'course.yaml');
  const doc = await readYaml(courseFile);
  const root = doc.contents;
  const scalar = (key: string) => {
    const v = isMap(root) ? root.get(key) : undefined;
    return typeof v === 'string' ? v : undefined;
  };
  const courseId = scalar('id');
  const sourceLanguage = scalar('defaultLanguage');
  const languagesNode = isMap(root) ? root.get('languages') : undefined;
  const languages = isSeq(languagesNode)
    ? languagesNode.items.map((i) => (isScalar(i) ? String(i.value) : ''))
    : [];
  if (!courseId || !sourceLanguage) {
    throw new TranslateError(`${courseFile}: not a course.yaml with an id and a defaultLanguage.`, {
      file: courseFile,
      line: 1,
      col: 1,
    });
  }
  const texts: CourseTexts = {
    dir: courseDir,
    courseId,
    sourceLanguage,
    languages,
    units: [],
    documents: new Map([[courseFile, doc]]),
  };
  const markdown: string[] = [];
  const yamlFiles: string[] = [];
  walkYaml(texts, courseFile, doc, targetLanguage, markdown, yamlFiles);
  for (const file of yamlFiles) {
    const questionnaire = await readYaml(file);
    texts.documents.set(file, questionnaire);
    walkYaml(texts, file, questionnaire, targetLanguage, markdown, []);
  }
  for (const ref of markdown) {
    const base = resolve(courseDir, ref.slice(0, -'.md'.length));
    const source = await readOptional(`${base}.${sourceLanguage}.md`);
    if (source === undefined) continue;
    const target = targetLanguage ? await readOptional(`${base}.${targetLanguage}.md`) : undefined;
    texts.units.push({
      fileId: toNmtoken(ref),
      original: ref,
      unitId: 'text',
      translate: true,
      source,
      list: false,
      parts: segmentParts(source),
      ...(target === undefined ? {} : { target }),
      place: { kind: 'markdown', base },
    });
  }
  return texts;
}

function walkYaml(
  texts: CourseTexts,
  file: string,
  doc: Document,
  target: string | undefined,
  markdown: string[],
  yamlFiles: string[],
): void {
  const original = relative(texts.dir, file).split(sep).join('/');
  const fileId = toNmtoken(original);
  const usedIds = new Set<string>();
  const visit = (node: unknown, idPath: string[], key: string | undefined): void => {
    if (isMap(node)) {
      const sourceValue = node.get(texts.sourceLanguage, true);
      const list =
        isSeq(sourceValue) && sourceValue.items.every((i) => isScalar(i) && typeof i.value === 'string');
      const localized =
        node.items.length > 0 &&
        node.items.every((p) => isScalar(p.key) && isLanguageTag(String(p.key.value))) &&
        ((isScalar(sourceValue) && typeof sourceValue.value === 'string') || list);
      if (localized) {
        let unitId = toNmtoken(idPath.join('.'));
        for (let n = 2; usedIds.has(unitId); n++) unitId = toNmtoken(`${idPath.join('.')}_${n}`);
        usedIds.add(unitId);
        const source = textOf(sourceValue);
        const targetValue = target ? textOf(node.get(target, true)) : undefined;
        texts.units.push({
          fileId,
          original,
          unitId,
          translate: !REFERENCE_KEYS.has(key ?? ''),
          source: source ?? '',
          list,
          parts: segmentParts(source ?? '', list),
          ...(targetValue === undefined ? {} : { target: targetValue }),
          place: { kind: 'yaml', file, map: node },
        });
        return;
      }
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const k = String(pair.key.value);
        const v = pair.value;
        if (isScalar(v) && typeof v.value === 'string') {
          const ref = v.value;
          if (ref.endsWith('.md') && !markdown.includes(ref)) markdown.push(ref);
          if (k === 'questionnaire' && /\.ya?ml$/.test(ref)) {
            const path = resolve(dirname(file), ref);
            if (!yamlFiles.includes(path)) yamlFiles.push(path);
          }
        }
        visit(v, [...idPath, k], k);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const id = isMap(item) ? item.get('id') : undefined;
        visit(
          item,
          [...idPath, typeof id === 'string' || typeof id === 'number' ? String(id) : String(i)],
          key,
        );
      });
    }
  };
  visit(doc.contents as Node | null, [], undefined);
}

/** A scalar's string, or a list of strings as lines; undefined for anything else. */
function textOf(node: unknown): string | undefined {
  if (isScalar(node)) return typeof node.value === 'string' ? node.value : undefined;
  if (isSeq(node) && node.items.every((i) => isScalar(i) && typeof i.value === 'string')) {
    return node.items.map((i) => String((i as { value: unknown }).value)).join('\n');
  }
  return undefined;
}

async function readYaml(file: string): Promise<Document> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new TranslateError(`${file}: cannot be read (is this a course folder?).`);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, keepSourceTokens: false });
  const error = doc.errors[0];
  if (error) {
    const pos = lineCounter.linePos(error.pos[0]);
    throw new TranslateError(error.message.split('\n')[0] ?? 'YAML syntax error', {
      file,
      line: pos.line,
      col: pos.col,
    });
  }
  return doc;
}

async function readOptional(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}
