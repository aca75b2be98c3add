import sanitizeHtml from 'sanitize-html';

const inlineTags = ['em', 'strong', 'del', 's', 'code', 'a', 'br', 'abbr', 'span', 'sub', 'sup', 'kbd'];
const blockTags = [
  ...inlineTags,
  ...['h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ul', 'ol', 'li', 'blockquote', 'pre', 'hr', 'img'],
  ...['table', 'thead', 'tbody', 'tr', 'th', 'td', 'dl', 'dt', 'dd'],
];

/**
 * Strict allowlist: no scripts, no event handlers, no style, no javascript: (only http, https, mailto,
 * tel links). `data-glossary` is kept on glossary links only. External links open in a new tab without access to the opener. Images must already point
 * at a package asset (`assets/...`, rewritten before sanitising); any other src removes the image.
 */
function options(tags: string[]): sanitizeHtml.IOptions {
  return {
    allowedTags: tags,
    allowedAttributes: {
      a: ['href', 'title', 'rel', 'target', 'hreflang', 'data-glossary', 'data-course-link'],
      img: ['src', 'alt', 'title', 'width', 'height'],
      abbr: ['title'],
      span: ['lang'],
      ol: ['start'],
      th: ['align', 'scope'],
      td: ['align'],
    },
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    allowedSchemesByTag: { img: [] },
    allowedSchemesAppliedToAttributes: ['href', 'src'],
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    transformTags: {
      h1: 'h2',
      a: (tagName, attribs) => {
        const {
          rel: _rel,
          target: _target,
          'data-glossary': term,
          'data-course-link': link,
          ...rest
        } = attribs;
        // data-glossary only on a glossary link: `<a href="#glossary-<id>" data-glossary="<id>">`.
        if (term !== undefined && /^[a-z0-9_-]+$/.test(term) && rest.href === `#glossary-${term}`) {
          return { tagName, attribs: { href: rest.href, 'data-glossary': term, ...rest } };
        }
        // A link to another course (`link:<id>`, render-markdown.ts) opens it in a new tab, wherever it lives.
        if (link !== undefined && /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(link)) {
          return {
            tagName,
            attribs: { ...rest, 'data-course-link': link, rel: 'noopener noreferrer', target: '_blank' },
          };
        }
        // Only web links open elsewhere (the scheme filter, which runs after this, drops javascript: etc.).
        const external = /^\s*https?:\/\//i.test(rest.href ?? '');
        return {
          tagName,
          attribs: external ? { ...rest, rel: 'noopener noreferrer', target: '_blank' } : rest,
        };
      },
    },
    exclusiveFilter: (frame) => frame.tag === 'img' && !/^assets\/[^/]+$/.test(frame.attribs.src ?? ''),
  };
}

const blockOptions = options(blockTags);
const inlineOptions = options(inlineTags);

export function sanitizeBlockHtml(html: string): string {
  return sanitizeHtml(html, blockOptions);
}

export function sanitizeInlineHtml(html: string): string {
  return sanitizeHtml(html, inlineOptions);
}
