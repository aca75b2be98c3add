import { alignUnit, isDone } from './align-targets.ts';
import { collectCourseTexts } from './course-texts.ts';
import { readMemory } from './translation-memory.ts';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

export interface LanguageStatus {
  language: string;
  segments: number;
  translated: number;
  /** Translated before a change of their source: to review. */
  changed: number;
  /** 0–100, one decimal. */
  percent: number;
  /** true when the language came in through `dlis translate import` (translations/<lang>.json). */
  tracked: boolean;
}

/**
 * `dlis translate status`: for each language of the course but its default, and each language with a
 * translation memory, how many of the translatable segments are translated (state translated, reviewed or
 * final, source unchanged since).
 */
export async function translationStatus(
  dir: string,
): Promise<{ courseId: string; sourceLanguage: string; languages: LanguageStatus[] }> {
  const base = await collectCourseTexts(dir);
  let remembered: string[];
  try {
    remembered = (await readdir(join(base.dir, 'translations')))
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -'.json'.length));
  } catch {
    remembered = [];
  }
  const languages = [...new Set([...base.languages, ...remembered])].filter((l) => l !== base.sourceLanguage);
  const result: LanguageStatus[] = [];
  for (const language of languages) {
    const texts = await collectCourseTexts(dir, language);
    const memory = await readMemory(texts.dir, language);
    let segments = 0;
    let translated = 0;
    let changed = 0;
    for (const unit of texts.units) {
      if (!unit.translate) continue;
      const statuses = alignUnit(unit, memory);
      segments += statuses.length;
      translated += statuses.filter(isDone).length;
      changed += statuses.filter((s) => s.previousSource !== undefined).length;
    }
    result.push({
      language,
      segments,
      translated,
      changed,
      percent: segments === 0 ? 100 : Math.floor((translated / segments) * 1000) / 10,
      tracked: memory !== undefined,
    });
  }
  return { courseId: base.courseId, sourceLanguage: base.sourceLanguage, languages: result };
}
