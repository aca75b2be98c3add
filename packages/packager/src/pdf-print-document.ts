import type { CompiledCourse, LanguageTag, Localized } from '@dlis/course/compiled';
import { escapeXml as xmlEscape } from './xml-escape.ts';

/** Words of the PDF's own parts (cover, contents, footer), in the languages the toolkit's courses use. */
const WORDS: Record<string, { contents: string; licence: string; partners: string; page: string }> = {
  fr: { contents: 'Sommaire', licence: 'Licence', partners: 'Partenaires', page: 'Page' },
  en: { contents: 'Contents', licence: 'Licence', partners: 'Partners', page: 'Page' },
  de: { contents: 'Inhalt', licence: 'Lizenz', partners: 'Partner', page: 'Seite' },
  el: { contents: 'Περιεχόμενα', licence: 'Άδεια', partners: 'Εταίροι', page: 'Σελίδα' },
  ro: { contents: 'Cuprins', licence: 'Licență', partners: 'Parteneri', page: 'Pagina' },
};

export function pdfWords(language: LanguageTag): (typeof WORDS)[string] {
  return WORDS[language] ?? WORDS['en']!;
}

/** The id of the section that holds a course page in the print document (TOC links point at it). */
export const pdfSectionId = (pageId: string): string => `dlis-pdf-${pageId}`;

/**
 * The cover (title, description, partners, licence) and the clickable table of contents, as HTML placed before
 * the course pages. The cover title is not a heading, so that the PDF outline lists the contents and the pages.
 */
export function pdfFrontMatter(course: CompiledCourse, language: LanguageTag): string {
  const t = (text: Localized) => xmlEscape(text[language] ?? text[course.defaultLanguage] ?? '');
  const words = pdfWords(language);
  const partners = [...new Set((course.authors ?? []).map((a) => a.organisation ?? a.name))];
  const toc = course.modules
    .map(
      (module) =>
        `<li><span class="module">${t(module.title)}</span><ol>${module.pages
          .map((page) => `<li><a href="#${pdfSectionId(page.id)}">${t(page.title)}</a></li>`)
          .join('')}</ol></li>`,
    )
    .join('');
  return `<section class="dlis-pdf-cover">
  <p class="title">${t(course.title)}</p>
  <p class="description">${t(course.description)}</p>
  ${partners.length > 0 ? `<p class="partners"><span>${words.partners}</span> ${partners.map(xmlEscape).join(' · ')}</p>` : ''}
  ${course.licence ? `<p class="licence"><span>${words.licence}</span> ${xmlEscape(course.licence)}</p>` : ''}
  <p class="version">${xmlEscape(course.id)} ${xmlEscape(course.version)}</p>
</section>
<nav class="dlis-pdf-toc" aria-labelledby="dlis-pdf-toc-title">
  <h1 id="dlis-pdf-toc-title">${words.contents}</h1>
  <ol>${toc}</ol>
</nav>`;
}

/** Print layout of the PDF's own parts; the course pages keep the player's print styles. */
export const PDF_DOCUMENT_CSS = `
  /* No ligatures: "fi" stays two letters, so that text extracted from the PDF (search, screen readers) is whole. */
  #dlis-pdf { font-family: var(--dlis-font-body, system-ui, sans-serif); color: var(--dlis-color-text, #1b1b1b); font-variant-ligatures: none; }
  #dlis-pdf .dlis-pdf-cover { break-after: page; padding-top: 30%; }
  #dlis-pdf .dlis-pdf-cover .title { font-size: 2rem; font-weight: 700; line-height: 1.2; margin: 0 0 1.5rem; }
  #dlis-pdf .dlis-pdf-cover .description { font-size: 1.125rem; margin: 0 0 3rem; }
  #dlis-pdf .dlis-pdf-cover span { font-weight: 700; margin-right: 0.5rem; }
  #dlis-pdf .dlis-pdf-toc { break-after: page; }
  #dlis-pdf .dlis-pdf-toc h1 { font-size: 1.75rem; }
  #dlis-pdf .dlis-pdf-toc ol { list-style: none; padding-left: 0; }
  #dlis-pdf .dlis-pdf-toc ol ol { padding-left: 1.25rem; margin: 0.25rem 0 0.75rem; }
  #dlis-pdf .dlis-pdf-toc .module { font-weight: 700; }
  #dlis-pdf .dlis-pdf-toc a { color: inherit; }
  #dlis-pdf .dlis-pdf-page { break-before: page; }
`;

/** Inside each page's shadow root: a tool sheet starts a new PDF page. */
export const PDF_PAGE_CSS = 'dlis-tool-sheet { display: block; break-before: page; }';

/** The running header (course title) and footer (page n / total) Chromium draws on every PDF page. */
export function pdfHeaderFooter(
  course: CompiledCourse,
  language: LanguageTag,
): { headerTemplate: string; footerTemplate: string } {
  const title = xmlEscape(course.title[language] ?? course.title[course.defaultLanguage] ?? '');
  const style = 'font-size:8pt;width:100%;margin:0 15mm;color:#444;font-family:sans-serif;';
  return {
    headerTemplate: `<div style="${style}text-align:right">${title}</div>`,
    footerTemplate:
      `<div style="${style}display:flex;justify-content:space-between">` +
      `<span>${xmlEscape(course.licence ?? '')}</span>` +
      `<span>${pdfWords(language).page} <span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`,
  };
}
