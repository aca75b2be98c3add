import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SegmentState } from './xliff-model.ts';
import { TranslateError } from './translate-error.ts';

/**
 * What `dlis translate import` remembers for one language, in `<course>/translations/<lang>.json` (commit it
 * with the course): for each text, its segments in order, with the source each translation was made from
 * and its state (null: not translated, the source text stands in for it). This is what lets a later export
 * tell a changed source segment from an unchanged one.
 */
export interface TranslationMemory {
  language: string;
  sourceLanguage: string;
  units: Record<string, MemorySegment[]>;
}

export interface MemorySegment {
  id: string;
  source: string;
  state: SegmentState | null;
}

export function memoryKey(fileId: string, unitId: string): string {
  return `${fileId}/${unitId}`;
}

export function memoryFile(courseDir: string, language: string): string {
  return join(courseDir, 'translations', `${language}.json`);
}

export async function readMemory(
  courseDir: string,
  language: string,
): Promise<TranslationMemory | undefined> {
  const file = memoryFile(courseDir, language);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const memory = JSON.parse(text) as TranslationMemory;
    if (typeof memory.units !== 'object' || memory.units === null) throw new Error('no units');
    return memory;
  } catch (error) {
    throw new TranslateError(
      `${file}: not a translation memory written by dlis translate import (${(error as Error).message}).`,
      { file, line: 1, col: 1 },
      'Delete it to start the language afresh: the next export offers every segment again.',
    );
  }
}

export async function ensureMemoryFolder(courseDir: string): Promise<void> {
  await mkdir(join(courseDir, 'translations'), { recursive: true });
}
