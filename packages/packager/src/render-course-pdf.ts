import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import type { CompiledCourse, LanguageTag } from '@dlis/course/compiled';
import { collectContentFiles, type PackageAsset } from './collect-content-files.ts';
import { PackageWriteError } from './errors.ts';
import {
  PDF_DOCUMENT_CSS,
  PDF_PAGE_CSS,
  pdfFrontMatter,
  pdfHeaderFooter,
  pdfSectionId,
} from './pdf-print-document.ts';
import type { PlayerBuild } from './player-build.ts';

export interface RenderCoursePdfInput {
  compiled: { course: CompiledCourse; assets: readonly PackageAsset[] };
  language: LanguageTag;
  player: PlayerBuild;
  /** A started Chromium (launchChromium), shared by the PDFs of one build. */
  browser: Browser;
  /** Path of the PDF to write; its directory is created if needed. */
  outFile: string;
}

export interface PdfReport {
  file: string;
  bytes: number;
  language: LanguageTag;
}

/**
 * Prints one language of a course to an A4 PDF with the packages' own renderer: the web package (same
 * index.html, player, add-ons, theme and print styles) opens in headless Chromium, then the print document is
 * assembled in the page from the player's own `<dlis-page>` element, one per course page (cover and clickable
 * contents first), and Chromium prints it tagged, with an outline from the headings, running header and page
 * numbers. Written atomically: a failure leaves no partial file.
 */
export async function renderCoursePdf(input: RenderCoursePdfInput): Promise<PdfReport> {
  const { compiled, language, player, browser, outFile } = input;
  const course = { ...compiled.course, defaultLanguage: language };
  const site = await mkdtemp(join(tmpdir(), 'dlis-pdf-'));
  const context = await browser.newContext({ locale: language });
  try {
    const files = await collectContentFiles({ target: 'web', course }, compiled.assets, player);
    for (const file of files) {
      await mkdir(dirname(join(site, file.path)), { recursive: true });
      await writeFile(join(site, file.path), file.data);
    }
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(site, 'index.html')).href);
    // Runs in the page (this Node program has no DOM types): the page element is defined and has its strings,
    // and the add-ons the player loads after its first screen (index.html lists them) have run too.
    await page.waitForFunction(
      "'messages' in (document.querySelector('dlis-player')?.shadowRoot?.querySelector('dlis-page') ?? {}) && " +
        '!document.querySelector(\'meta[name="dlis-addons-later"]:not([data-loaded])\')',
    );
    const documentInput = {
      language,
      frontMatter: pdfFrontMatter(course, language),
      documentCss: PDF_DOCUMENT_CSS,
      pageCss: PDF_PAGE_CSS,
      sections: course.modules
        .flatMap((m) => m.pages)
        .map((p) => ({ id: p.id, sectionId: pdfSectionId(p.id) })),
    };
    await page.evaluate(`(${ASSEMBLE_PRINT_DOCUMENT})(${JSON.stringify(documentInput)})`);
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      ...pdfHeaderFooter(course, language),
      margin: { top: '20mm', bottom: '20mm', left: '15mm', right: '15mm' },
      tagged: true,
      outline: true,
    });
    await writeAtomically(outFile, pdf);
    return { file: outFile, bytes: pdf.length, language };
  } finally {
    await context.close();
    await rm(site, { recursive: true, force: true });
  }
}

async function writeAtomically(file: string, data: Buffer): Promise<void> {
  const partial = `${file}.partial`;
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(partial, data);
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw new PackageWriteError(file, error);
  }
}

/**
 * Runs in the page (as source text, so that no build tool rewrites it): takes the course, UI messages and theme
 * from the player, replaces the player by the print document (front matter, then one `<dlis-page>` per course
 * page, read-only), and resolves once every element, font and image is ready.
 */
const ASSEMBLE_PRINT_DOCUMENT = `async ({ language, frontMatter, documentCss, pageCss, sections }) => {
  const player = document.querySelector('dlis-player');
  const shown = player.shadowRoot.querySelector('dlis-page');
  await shown.updateComplete;
  const { course, messages, defaultLanguage } = shown;
  const pagesById = new Map(course.modules.flatMap((m) => m.pages).map((p) => [p.id, p]));
  document.documentElement.lang = language;
  const main = document.createElement('main');
  main.id = 'dlis-pdf';
  main.setAttribute('style', player.getAttribute('style') ?? '');
  const style = document.createElement('style');
  style.textContent = documentCss;
  document.head.append(style);
  main.innerHTML = frontMatter;
  const elements = [];
  for (const { id, sectionId } of sections) {
    const section = document.createElement('section');
    section.id = sectionId;
    section.className = 'dlis-pdf-page';
    const element = document.createElement('dlis-page');
    Object.assign(element, {
      page: pagesById.get(id), course, language, defaultLanguage, messages,
      readOnly: true, interactive: false,
    });
    section.append(element);
    main.append(section);
    elements.push(element);
  }
  player.remove();
  document.body.append(main);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(pageCss);
  for (const element of elements) {
    await element.updateComplete;
    element.shadowRoot.adoptedStyleSheets = [...element.shadowRoot.adoptedStyleSheets, sheet];
  }
  const all = (root) => [...root.querySelectorAll('*')].flatMap((e) => [e, ...(e.shadowRoot ? all(e.shadowRoot) : [])]);
  for (let round = 0; round < 3; round++) {
    await Promise.all(all(document).map((e) => e.updateComplete).filter(Boolean));
  }
  await document.fonts.ready;
  // Lazy images below the fold would never load: print needs them all.
  const images = all(document).filter((e) => e instanceof HTMLImageElement);
  for (const img of images) img.loading = 'eager';
  await Promise.all(images.map((img) => img.decode().catch(() => undefined)));
  // Links into the package's own files (downloads) would point at a temporary folder: keep their text only.
  for (const link of all(document).filter((e) => e instanceof HTMLAnchorElement)) {
    if (link.href.startsWith('file:') && !link.getAttribute('href').startsWith('#')) link.removeAttribute('href');
  }
}`;
