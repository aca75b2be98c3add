import { htmlToText, type CompiledCourse, type LanguageTag } from '@dlis/course/compiled';
import { coursePages } from './course-routes.ts';

/** One searchable text of the course in one language: a page title or a block's text. */
export interface SearchEntry {
  pageId: string;
  pageTitle: string;
  /** The block the text comes from; absent for the page title. */
  blockId?: string;
  text: string;
}

/** A page that contains every word searched for. */
export interface SearchHit {
  pageId: string;
  pageTitle: string;
  /** The block of the first match (where a result link leads); absent when it is in the page title. */
  blockId?: string;
  /** Text around the first match, split so that the match itself can be marked. */
  snippet: { before: string; match: string; after: string };
}

/** Characters of context each side of the match in a snippet. */
const CONTEXT = 60;

/**
 * Keys of compiled blocks that hold what tracking reports (xAPI interaction components computed at build time),
 * not what the page shows: the reader searches the page, so these are not searched.
 */
const TRACKING_ONLY = new Set(['interaction', 'interactions', 'interactionScales']);

/**
 * Every text of the course a reader sees in `lang`: page titles, then every localized string of each block
 * (Markdown as plain text), in course order. `course` is the course as shown (conditional content already
 * resolved), so hidden pages and blocks are not searched. Texts are read generically from the compiled blocks
 * (any object whose keys are all course languages is a localized text), so every block kind is covered.
 */
export function searchEntries(course: CompiledCourse, lang: LanguageTag): SearchEntry[] {
  const languages = new Set(course.languages);
  const pick = (text: Record<string, unknown>) => text[lang] ?? text[course.defaultLanguage];
  const isLocalized = (value: object): value is Record<string, unknown> => {
    const keys = Object.keys(value);
    return (
      keys.length > 0 &&
      keys.every((k) => languages.has(k)) &&
      Object.values(value).every((v) => typeof v === 'string')
    );
  };
  const texts = (value: unknown, out: string[]): string[] => {
    if (Array.isArray(value)) for (const item of value) texts(item, out);
    else if (value !== null && typeof value === 'object') {
      if (isLocalized(value)) {
        const text = pick(value);
        if (typeof text === 'string') out.push(/[<&]/.test(text) ? htmlToText(text) : text);
      } else {
        for (const [key, item] of Object.entries(value)) if (!TRACKING_ONLY.has(key)) texts(item, out);
      }
    }
    return out;
  };
  const entries: SearchEntry[] = [];
  for (const { page } of coursePages(course)) {
    const pageTitle = String(pick(page.title) ?? '');
    entries.push({ pageId: page.id, pageTitle, text: pageTitle });
    for (const block of page.blocks) {
      const text = texts(block, []).join(' ').trim();
      if (text) entries.push({ pageId: page.id, pageTitle, blockId: block.id, text });
    }
  }
  return entries;
}

/**
 * Text folded for matching, with the position in the original of each folded character: lower case, accents
 * removed ("Démarche" is found by "demarche"), so the snippet can be cut from the original text.
 */
function fold(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let i = 0;
  for (const char of text) {
    const f = char.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
    folded += f;
    for (let k = 0; k < f.length; k++) origin.push(i);
    i += char.length;
  }
  origin.push(i);
  return { folded, origin };
}

/** The words of a query, folded; empty when it has none. */
export function queryWords(query: string): string[] {
  return fold(query).folded.split(/\s+/).filter(Boolean);
}

/**
 * The pages that contain every word of `query` (in any of their texts), in course order, each with the block
 * and a snippet of its first match of the query's first word. No word, no result.
 */
export function searchCourse(entries: readonly SearchEntry[], query: string): SearchHit[] {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const byPage = new Map<string, SearchEntry[]>();
  for (const entry of entries) byPage.set(entry.pageId, [...(byPage.get(entry.pageId) ?? []), entry]);
  const hits: SearchHit[] = [];
  for (const [pageId, pageEntries] of byPage) {
    const folded = pageEntries.map((entry) => ({ entry, ...fold(entry.text) }));
    if (!words.every((word) => folded.some((f) => f.folded.includes(word)))) continue;
    const first = words[0]!;
    const found = folded.find((f) => f.folded.includes(first))!;
    const at = found.folded.indexOf(first);
    const start = found.origin[at]!;
    const end = found.origin[at + first.length]!;
    const text = found.entry.text;
    const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, start - CONTEXT)) + 1);
    const cut = text.indexOf(' ', Math.min(text.length, end + CONTEXT));
    const to = cut < 0 ? text.length : cut;
    hits.push({
      pageId,
      pageTitle: pageEntries[0]!.pageTitle,
      ...(found.entry.blockId ? { blockId: found.entry.blockId } : {}),
      snippet: {
        before: (from > 0 ? '…' : '') + text.slice(from, start),
        match: text.slice(start, end),
        after: text.slice(end, to) + (to < text.length ? '…' : ''),
      },
    });
  }
  return hits;
}
