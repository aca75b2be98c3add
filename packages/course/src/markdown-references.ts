import { Lexer, walkTokens, type Token } from 'marked';

/** An image or link written in a Markdown text, with the UTF-16 offset of its start. */
export interface MarkdownReference {
  kind: 'image' | 'link';
  href: string;
  offset: number;
}

const imgSrc = /<img\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;

/** `http:`, `mailto:`, `data:`, `//host`...: anything that is not a path inside the course. */
export function isExternalUrl(href: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//');
}

/** The file path a local href names (percent-decoding undone; `#fragment`/`?query` dropped). */
export function hrefToPath(href: string): string {
  const bare = href.replace(/[?#].*$/, '');
  try {
    return decodeURI(bare);
  } catch {
    return bare;
  }
}

/** Line endings as marked sees them, so that offsets found in the tokens match the text. */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/**
 * Whether a Markdown text may hold a reference worth checking. Every link written with brackets (`[]()`,
 * `[][ref]`, `![]()`), every autolink (`<…>`) and every HTML tag needs a `[` or a `<`; without them, the only
 * links marked finds are GFM's bare `https://…`, `www.…` and e-mail addresses, which are external, so never
 * wrong. Most pages hold none: lexing them (the slowest part of `dlis validate`) is skipped.
 */
function mayHoldCheckedReference(text: string): boolean {
  return text.includes('[') || text.includes('<');
}

/**
 * marked's lexer, except that the inline content of a block (a paragraph, a heading, a list item's text...)
 * without `[` or `<` is not lexed: it can hold no reference to check (mayHoldCheckedReference). The blocks are
 * found as marked finds them (reference definitions included), and so are the links of the other blocks. The
 * first inline lexing of a process compiles marked's largest regular expressions (Unicode punctuation classes
 * for emphasis): most blocks need none of it.
 */
class ReferenceLexer extends Lexer {
  override inlineTokens(src: string, tokens: Token[] = []): Token[] {
    return mayHoldCheckedReference(src) ? super.inlineTokens(src, tokens) : tokens;
  }
}

/**
 * Images (Markdown `![]()` and HTML `<img src>`) and links of a Markdown text, in document order, except bare
 * URLs in a text or a block without `[` or `<` (mayHoldCheckedReference: external links, nothing to check).
 * `text` must have normalized newlines.
 */
export function findMarkdownReferences(text: string, inline = false): MarkdownReference[] {
  if (!mayHoldCheckedReference(text)) return [];
  const lexer = new ReferenceLexer({ gfm: true });
  return referencesOfTokens(text, inline ? lexer.inlineTokens(text) : lexer.lex(text));
}

/** The images and links among marked's `tokens` of `text`, located in it. Exported for its test. */
export function referencesOfTokens(text: string, tokens: Token[]): MarkdownReference[] {
  const found: MarkdownReference[] = [];
  let cursor = 0;
  const locate = (raw: string): number => {
    const at = text.indexOf(raw, cursor);
    if (at === -1) return cursor;
    cursor = at + raw.length;
    return at;
  };
  walkTokens(tokens, (token) => {
    if (token.type === 'image' || token.type === 'link') {
      // A link's children (e.g. an image inside it) come after it in the text: only skip its opening.
      const at = locate(token.raw);
      if (token.type === 'link') cursor = at + 1;
      found.push({ kind: token.type, href: token.href, offset: at });
    } else if (token.type === 'html') {
      const at = locate(token.raw);
      for (const m of token.raw.matchAll(imgSrc)) {
        found.push({ kind: 'image', href: m[1] ?? m[2] ?? m[3] ?? '', offset: at + m.index });
      }
    }
  });
  return found;
}
