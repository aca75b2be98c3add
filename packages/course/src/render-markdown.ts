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

/** Addresses of the course's links by id (`links` of course.yaml, a deployment's links file winning). */
export type CourseLinks = Readonly<Record<string, string>>;

/** How marked writes a `[text](link:id)` link (ids are checked by the loader). */
const courseLink = /<a href="link:([A-Za-z0-9][A-Za-z0-9_.-]*)"/g;
const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '"': '&quot;',
  '<': '&lt;',
  '>': '&gt;',
};

/**
 * `[text](link:M1)` → `<a href="<address of M1>" data-course-link="M1">text</a>` (it opens in a new tab: another
 * course). An id without an address keeps its `link:` href, which the sanitiser then drops.
 */
function courseLinks(html: string, links: CourseLinks): string {
  return html.replace(courseLink, (whole, id: string) => {
    const address = links[id];
    return address === undefined
      ? whole
      : `<a href="${address.replace(/[&"<>]/g, (c) => ATTRIBUTE_ESCAPES[c] ?? c)}" data-course-link="${id}"`;
  });
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
export function renderBlockMarkdown(
  text: MarkdownText,
  assetPath: AssetResolver,
  links: CourseLinks = {},
): string {
  const tokens = Lexer.lex(text.markdown, { gfm: true });
  rewriteImages(tokens, text.baseDir, assetPath, true);
  return sanitizeBlockHtml(courseLinks(glossaryLinks(Parser.parse(tokens, { gfm: true })), links)).trim();
}

/** Short Markdown (labels, feedback, captions, prompts) → sanitised inline HTML, no paragraph around it. */
export function renderInlineMarkdown(markdown: string, links: CourseLinks = {}): string {
  const tokens = Lexer.lexInline(markdown.trim(), { gfm: true });
  return sanitizeInlineHtml(
    courseLinks(glossaryLinks(Parser.parseInline(tokens, { gfm: true })), links),
  ).trim();
}
