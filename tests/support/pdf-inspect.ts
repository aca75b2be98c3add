import { createCanvas } from '@napi-rs/canvas';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** What the PDF tests check, read with pdf-lib (structure) and pdf.js (text, rendering). */
export interface PdfFacts {
  pageCount: number;
  /** Titles of the top-level outline (bookmark) entries. */
  outline: string[];
  /** The catalog has a StructTreeRoot (tagged PDF) and MarkInfo /Marked true. */
  tagged: boolean;
  /** Names of fonts that are not embedded (no FontFile/FontFile2/FontFile3): should be none. */
  fontsNotEmbedded: string[];
  fontCount: number;
  /** URI targets of the link annotations, and how many internal (GoTo/Dest) links there are. */
  uris: string[];
  internalLinks: number;
  /** The text of each page (pdf.js), to search sentences in. */
  pageTexts: string[];
}

export async function inspectPdf(data: Uint8Array): Promise<PdfFacts> {
  const doc = await PDFDocument.load(data, { updateMetadata: false });
  const catalog = doc.catalog;
  const markInfo = catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict);
  const tagged =
    catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict) !== undefined &&
    String(markInfo?.get(PDFName.of('Marked'))) === 'true';

  const fontsNotEmbedded: string[] = [];
  let fontCount = 0;
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('FontDescriptor'))
      continue;
    fontCount++;
    const embedded = ['FontFile', 'FontFile2', 'FontFile3'].some(
      (k) => object.get(PDFName.of(k)) instanceof PDFRef,
    );
    if (!embedded) fontsNotEmbedded.push(String(object.get(PDFName.of('FontName'))));
  }

  const uris: string[] = [];
  let internalLinks = 0;
  for (const page of doc.getPages()) {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    for (const ref of annots?.asArray() ?? []) {
      const annot = doc.context.lookup(ref, PDFDict);
      if (annot.get(PDFName.of('Subtype')) !== PDFName.of('Link')) continue;
      const action = annot.lookupMaybe(PDFName.of('A'), PDFDict);
      const uri = action?.get(PDFName.of('URI'));
      if (uri) uris.push(decodePdfString(String(uri)));
      else internalLinks++;
    }
  }

  const pdf = await getDocument({ data: data.slice(), useSystemFonts: false, isEvalSupported: false })
    .promise;
  const outline = ((await pdf.getOutline()) ?? []).map((item) => item.title);
  const pageTexts: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pageTexts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await pdf.destroy();
  return {
    pageCount: doc.getPageCount(),
    outline,
    tagged,
    fontsNotEmbedded,
    fontCount,
    uris,
    internalLinks,
    pageTexts,
  };
}

/** pdf-lib prints string objects as `(text)` or `<hex>`. */
function decodePdfString(value: string): string {
  if (value.startsWith('(')) return value.slice(1, -1).replace(/\\([()\\])/g, '$1');
  if (value.startsWith('<')) return Buffer.from(value.slice(1, -1), 'hex').toString('latin1');
  return value;
}

/**
 * Renders one page (1-based) with pdf.js onto a canvas and returns the share of pixels that are not white:
 * a blank page gives 0.
 */
export async function inkRatio(data: Uint8Array, pageNumber: number): Promise<{ png: Buffer; ink: number }> {
  const pdf = await getDocument({ data: data.slice(), isEvalSupported: false }).promise;
  const page = await pdf.getPage(pageNumber);
  const viewport = page.getViewport({ scale: 1 });
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  await page.render({
    canvas: canvas as unknown as HTMLCanvasElement,
    canvasContext: context as unknown as CanvasRenderingContext2D,
    viewport,
  }).promise;
  const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
  let ink = 0;
  for (let i = 0; i < pixels.length; i += 4)
    if (pixels[i]! < 240 || pixels[i + 1]! < 240 || pixels[i + 2]! < 240) ink++;
  await pdf.destroy();
  return { png: canvas.toBuffer('image/png'), ink: ink / (pixels.length / 4) };
}
