import type { Localized } from './compiled-course.ts';
import { htmlToText, truncate } from './html-to-text.ts';

/** Longest interaction description (SCORM 2004 `description` is a localized string of 250 characters). */
export const DESCRIPTION_MAX = 250;

/**
 * Sanitised HTML per language → its plain text, cut to DESCRIPTION_MAX: an interaction's description.
 * Undefined when that is `html` itself in every language (plain text, short enough), to keep the JSON small.
 */
export function describeHtml(html: Localized): Localized | undefined {
  return differing(html, (h) => truncate(htmlToText(h), DESCRIPTION_MAX));
}

/**
 * Plain text of each label, by id (matching targets, ordering items): what an <option> or a button name holds.
 * Only the labels whose plain text differs from the label.
 */
export function labelTexts(items: readonly { id: string; label: Localized }[]): Record<string, Localized> {
  return Object.fromEntries(
    items.flatMap((it) => {
      const text = differing(it.label, htmlToText);
      return text ? [[it.id, text]] : [];
    }),
  );
}

/** `f` of each language of `text`, or undefined when it changes none. */
function differing(text: Localized, f: (s: string) => string): Localized | undefined {
  const result = Object.fromEntries(Object.entries(text).map(([lang, s]) => [lang, f(s)]));
  return Object.entries(result).some(([lang, s]) => s !== text[lang]) ? result : undefined;
}
