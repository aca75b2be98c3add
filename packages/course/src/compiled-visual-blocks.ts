import type { Localized } from './compiled-course.ts';

/** An image beside a text (issue 16, "visual blocks"): side by side on wide screens, stacked on phones. */
export interface ImageTextBlock {
  type: 'image-text';
  id: string;
  /** Path inside the package (e.g. `assets/3f2a9c1e-accueil.svg`). */
  src: string;
  width?: number;
  height?: number;
  /** Resized copies for `srcset` (`<path> <width>w, …`), made by the packager; absent when none. */
  srcset?: string;
  /** Alternative text; `null` when the image is decorative (rendered with alt=""). */
  alt: Localized | null;
  /** Which side the image takes on wide screens; on phones the image comes first either way. */
  position: 'left' | 'right';
  /** Sanitised HTML. */
  html: Localized;
}

/** A full-width banner image with an optional title, written on an opaque panel or below the image. */
export interface BannerBlock {
  type: 'banner';
  id: string;
  src: string;
  width?: number;
  height?: number;
  /** Resized copies for `srcset` (`<path> <width>w, …`), made by the packager; absent when none. */
  srcset?: string;
  alt: Localized | null;
  /** Plain text (a level-2 heading). */
  title?: Localized;
  /** Plain text, under the title. */
  subtitle?: Localized;
  /** `overlay`: on a solid panel over the image (below it on narrow screens); `below`: under the image. */
  titlePlacement: 'overlay' | 'below';
}

/** Cards to flip, a short text on each side (key terms and their meaning, questions and answers). */
export interface FlashcardsBlock {
  type: 'flashcards';
  id: string;
  /** Plain text: the heading of the set (a level-2 heading). */
  title?: Localized;
  /** `front` and `back`: sanitised inline HTML. */
  cards: { id: string; front: Localized; back: Localized }[];
}
