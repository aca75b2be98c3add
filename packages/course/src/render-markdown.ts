import { resolve } from 'node:path';
import { Lexer, Parser, walkTokens, type Token } from 'marked';
import type { MarkdownText } from './course-model.ts';
import { hrefToPath, isExternalUrl } from './markdown-references.ts';
import { sanitizeBlockHtml, sanitizeInlineHtml } from './sanitize.ts';

/** Package path of the image at an absolute path (undefined: not an asset of the course). */
export type AssetResolver = (file: string) => string | undefined;

const imgSrc = /(<img\b[^>]*?\ssrc\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
/** How marked writes a `[word](glossary:id)` link (ids are checked by the loader: [a-z0-9_-] only). */
const glossaryLink = /<a href="glossary:([a-z0-9_-]+)"/g;

/** `[word](glossary:id)` → `<a href="#glossary-id" data-glossary="id">word</a>` (the player shows the definition). */
function glossaryLinks(html: string): string {
  return html.replace(glossaryLink, '<a href="#glossary-$1" data-glossary="$1"');
}

function rewriteImages(
  tokens: Token[],
  baseDir: string,
  assetPath: AssetResolver,
  shiftHeadings: boolean,
): void {
  const target = (href: string) =>
    isExternalUrl(href) ? href : (assetPath(resolve(baseDir, hrefToPath(href))) ?? '');
  walkTokens(tokens, (token) => {
    if (token.type === 'image') token.href = target(token.href);
    else if (token.type === 'html') {
      token.text = token.text.replace(
        imgSrc,
        (_m: string, head: string, dq?: string, sq?: string, bare?: string) =>
          `${head}"${target(dq ?? sq ?? bare ?? '')}"`,
      );
    } else if (token.type === 'heading' && shiftHeadings) token.depth = Math.min(token.depth + 1, 6);
  });
}

/**
 * Markdown → sanitised block HTML. Headings move one level down (the page title is the h1, so `#` becomes
 * h2); relative images point at their hashed package path; glossary links point at the glossary.
 */
export function renderBlockMarkdown(text: MarkdownText, assetPath: AssetResolver): string {
  const tokens = Lexer.lex(text.markdown, { gfm: true });
  rewriteImages(tokens, text.baseDir, assetPath, true);
  return sanitizeBlockHtml(glossaryLinks(Parser.parse(tokens, { gfm: true }))).trim();
}

/** Short Markdown (labels, feedback, captions, prompts) → sanitised inline HTML, no paragraph around it. */
export function renderInlineMarkdown(markdown: string): string {
  const tokens = Lexer.lexInline(markdown.trim(), { gfm: true });
  return sanitizeInlineHtml(glossaryLinks(Parser.parseInline(tokens, { gfm: true }))).trim();
}
