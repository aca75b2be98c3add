import { html, nothing, type TemplateResult } from 'lit';

/** What a block's image carries in the compiled course: its path, its box and its resized copies. */
export interface BlockImageSource {
  src: string;
  srcset?: string;
  width?: number;
  height?: number;
}

/**
 * The `<img>` of an image block: the packager's resized copies (`srcset`; `sizes` says the image is the page's
 * width on phones and `column` wide beside or in the text on wide screens), its box (width and height, so the page
 * does not move when it arrives), decoded off the main thread, and loaded lazily unless it opens the page.
 */
export function blockImage(
  image: BlockImageSource,
  alt: string,
  { column = '46rem', lazy = true }: { column?: string; lazy?: boolean } = {},
): TemplateResult {
  return html`<img
    src=${image.src}
    srcset=${image.srcset ?? nothing}
    sizes=${image.srcset ? `(max-width: 48rem) 100vw, ${column}` : nothing}
    alt=${alt}
    width=${image.width ?? nothing}
    height=${image.height ?? nothing}
    loading=${lazy ? 'lazy' : nothing}
    decoding="async"
  />`;
}
