// Pure (no Node, no DOM): the YAML document model, which the compiled side's types reach, uses it too.
/** 1-based line and column of a UTF-16 offset in a text. */
export function positionInText(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, col: offset - lineStart + 1 };
}
