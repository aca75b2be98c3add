import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** An http(s) address written in a course file, where it is written (1-based line and column). */
export interface ExternalLink {
  url: string;
  file: string;
  line: number;
  col: number;
}

/** An http(s) URL in running text, YAML or Markdown: up to a space, a quote, `<`, `>` or a closing `)`/`]`. */
const URL_PATTERN = /https?:\/\/[^\s"'<>()[\]{}`]+/g;
/** Punctuation that ends a sentence rather than the address. */
const TRAILING = /[.,;:!?*_]+$/;

/**
 * Every http(s) address written in the course's text files (course.yaml, questionnaire files, Markdown pages,
 * captions, in `dir` and its subfolders but `translations/`), in file order then text order. `cwd` makes the
 * files relative (as diagnostics show them).
 */
export async function findExternalLinks(dir: string, cwd: string): Promise<ExternalLink[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && /\.(ya?ml|md|vtt)$/i.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .filter((file) => !relative(dir, file).split(/[\\/]/).includes('node_modules'))
    .sort();
  const links: ExternalLink[] = [];
  for (const file of files) {
    const text = await readFile(file, 'utf8');
    const shown = relative(cwd, file);
    const lineStarts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
    let lineIndex = 0;
    for (const match of text.matchAll(URL_PATTERN)) {
      const url = match[0].replace(TRAILING, '');
      while (lineIndex + 1 < lineStarts.length && lineStarts[lineIndex + 1]! <= match.index) lineIndex++;
      links.push({
        url,
        file: shown && !shown.startsWith('..') ? shown : file,
        line: lineIndex + 1,
        col: match.index - lineStarts[lineIndex]! + 1,
      });
    }
  }
  return links;
}
