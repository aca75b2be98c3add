import type { InteractionComponent, Localized } from './compiled-course.ts';
import { htmlToText } from './html-to-text.ts';

/**
 * Interaction components (xAPI 1.0.3 §2.4.4.1) of labelled items: each id with the plain text of its label
 * (sanitised HTML) in every language, so that a consumer can read a response from the statement alone.
 */
export function interactionComponents(
  items: readonly { id: string; label?: Localized | undefined }[],
): InteractionComponent[] {
  return items.map((item) =>
    item.label ? { id: item.id, description: plainTexts(item.label) } : { id: item.id },
  );
}

function plainTexts(html: Localized): Localized {
  return Object.fromEntries(Object.entries(html).map(([lang, text]) => [lang, htmlToText(text)]));
}
