import type { CompiledCourse } from '@dlis/course/compiled';
import { coursePages } from './course-routes.ts';

/** Where a deep link leads: a page, and on it the block to scroll to and focus, if any. */
export interface DeepLink {
  route: string;
  blockId?: string;
}

/**
 * Reads a URL fragment (`#chapitre-4`, `#chapitre-4-fiche-outil`, with or without the `#`): a page id opens that
 * page; a block id opens the page holding it and names the block. Page ids win over block ids (both are unique
 * in the course, in separate sets). Anything else, and content the learner cannot see (`course` is the visible
 * course), gives undefined: the player then opens where it would have opened.
 */
export function readDeepLink(course: CompiledCourse, fragment: string): DeepLink | undefined {
  let id = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  try {
    id = decodeURIComponent(id);
  } catch {
    return undefined;
  }
  if (!id) return undefined;
  const pages = coursePages(course);
  if (pages.some((ref) => ref.page.id === id)) return { route: id };
  const holder = pages.find((ref) => ref.page.blocks.some((block) => block.id === id));
  return holder ? { route: holder.page.id, blockId: id } : undefined;
}

/** The address of a page or block of this package: the current address with `#id` as its fragment. */
export function deepLinkUrl(href: string, id: string): string {
  const hash = href.indexOf('#');
  return `${hash < 0 ? href : href.slice(0, hash)}#${encodeURIComponent(id)}`;
}
