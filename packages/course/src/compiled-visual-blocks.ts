import type { CompiledImage, Localized } from './compiled-course.ts';

/** An image beside a text (issue 16, "visual blocks"): side by side on wide screens, stacked on phones. */
export interface ImageTextBlock extends CompiledImage {
  type: 'image-text';
  id: string;
  /** Which side the image takes on wide screens; on phones the image comes first either way. */
  position: 'left' | 'right';
  /** Sanitised HTML. */
  html: Localized;
}

/** A full-width banner image with an optional title, written on an opaque panel or below the image. */
export interface BannerBlock extends CompiledImage {
  type: 'banner';
  id: string;
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
