/**
 * Moves the headings of compiled block HTML one level down (h2 → h3…, h6 stays), for Markdown shown under a
 * step heading of its own (the questionnaire's consent notice sits under the step's h2).
 */
export function demoteHeadings(blockHtml: string): string {
  return blockHtml.replace(
    /<(\/?)h([1-5])(?=[\s>])/gi,
    (_m: string, slash: string, level: string) => `<${slash}h${Number(level) + 1}`,
  );
}
