/** Comparison options of a fill-in question. */
export interface TextComparison {
  caseSensitive: boolean;
  accentSensitive: boolean;
}

/**
 * The form of a typed text that fill-in answers are compared in: trimmed, inner spaces collapsed, and unless
 * the question says otherwise, lower-cased and without accents (Unicode NFD, combining marks U+0300–U+036F
 * removed, so "Élève" = "eleve").
 */
export function normalizeAnswer(text: string, options: TextComparison): string {
  let out = text.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (!options.accentSensitive)
    out = out
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .normalize('NFC');
  if (!options.caseSensitive) out = out.toLocaleLowerCase();
  return out;
}

/**
 * Reads a number typed by a learner: "," or "." as decimal separator, spaces (also narrow no-break spaces,
 * as thousands separators) ignored, optional sign. Undefined when the text is not a number.
 */
export function parseDecimal(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(compact)) return undefined;
  const value = Number(compact);
  return Number.isFinite(value) ? value : undefined;
}

/** Number of decimal places written in a saved numeric answer (`.` separator). */
export function decimalPlaces(text: string): number {
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}
