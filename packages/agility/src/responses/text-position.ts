/** A position in a text file: 1-based line and column (column in UTF-16 code units, after any BOM). */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/** Maps string offsets to line/column; a line ends at LF, CRLF or a lone CR. */
export function positionFinder(text: string): (offset: number) => TextPosition {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
  };
}

/** The text without a leading UTF-8 byte order mark (U+FEFF), which spreadsheet exports often add. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
