import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { CompiledCourse, PackageTarget, PlayerPayload } from '@dlis/course/compiled';
import { payloadXapi, renderIndexHtml, type PlayerBuild } from '@dlis/packager';
import type { CourseSession } from './course-session.ts';

/** Where the course is served: `/__dlis/course/<target>/<lang or "all">/index.html`, then its files beside it. */
export const COURSE_BASE_PATH = '/__dlis/course/';
export const PREVIEW_TARGETS = ['scorm12', 'scorm2004', 'cmi5', 'xapi', 'web'] as const;

/** The course path of a target with hybrid xAPI reporting ends with this: `/__dlis/course/scorm2004-xapi/…`. */
const HYBRID_SUFFIX = '-xapi';

/** Targets that can report over xAPI beside their own tracking (the packager's `--lrs` packages). */
export function isHybridTarget(target: PreviewTarget): boolean {
  return target === 'scorm12' || target === 'scorm2004' || target === 'web';
}

/** The target's segment of the course path: `scorm2004`, or `scorm2004-xapi` with hybrid reporting. */
export function coursePathTarget(target: PreviewTarget, hybrid: boolean): string {
  return hybrid ? `${target}${HYBRID_SUFFIX}` : target;
}
export type PreviewTarget = (typeof PREVIEW_TARGETS)[number];
/** The language segment of a course URL that stands for "every language of the course". */
export const ALL_LANGUAGES = 'all';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.mp3': 'audio/mpeg',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.vtt': 'text/vtt; charset=utf-8',
  '.pdf': 'application/pdf',
};

export function contentType(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface ServedFile {
  status: number;
  type: string;
  body: string | Buffer;
  /** Content-hashed files (player build, assets): the browser may keep them; index.html never. */
  immutable?: boolean;
}

/**
 * A file of the course as a package for `target` would hold it: index.html made by the packager's own
 * renderIndexHtml (the same player scripts, add-ons and embedded course as a zip), the player build's files and
 * the course's assets. index.html is never cached (a reload must show the last save); the other files have
 * content-hashed names, so the browser keeps them across reloads.
 */
export async function courseFile(
  session: CourseSession,
  player: PlayerBuild,
  urlPath: string,
): Promise<ServedFile | undefined> {
  if (!urlPath.startsWith(COURSE_BASE_PATH)) return undefined;
  const [pathTarget = '', lang, ...rest] = urlPath
    .slice(COURSE_BASE_PATH.length)
    .split('/')
    .map(decodeURIComponent);
  const file = rest.join('/');
  const hybrid = pathTarget.endsWith(HYBRID_SUFFIX);
  const target = hybrid ? pathTarget.slice(0, -HYBRID_SUFFIX.length) : pathTarget;
  if (!(PREVIEW_TARGETS as readonly string[]).includes(target)) return notFound();
  if (hybrid && !isHybridTarget(target as PreviewTarget)) return notFound();
  const status = session.status();
  if (!status.ok) return notFound();
  if (lang !== ALL_LANGUAGES && !status.languages.includes(lang ?? '')) return notFound();
  const compiled = session.compiled(lang === ALL_LANGUAGES ? undefined : lang);
  if (!compiled) return notFound();
  if (file === '' || file === 'index.html') {
    const course: CompiledCourse = compiled.course;
    // Hybrid: the payload's xapi without an endpoint or key; the launch URL brings the embedded LRS's.
    const xapi = hybrid
      ? { identity: compiled.tracking.identity }
      : payloadXapi(target as PackageTarget, compiled.tracking);
    const payload: PlayerPayload = { target: target as PackageTarget, course, ...(xapi ? { xapi } : {}) };
    const html = renderIndexHtml(payload, player, lang === ALL_LANGUAGES ? course.defaultLanguage : lang!);
    return { status: 200, type: CONTENT_TYPES['.html']!, body: html };
  }
  const source = player.files.includes(file)
    ? join(player.dir, file)
    : compiled.assets.find((asset) => asset.target === file)?.source;
  if (!source) return notFound();
  try {
    return { status: 200, type: contentType(file), body: await readFile(source), immutable: true };
  } catch {
    return notFound();
  }
}

function notFound(): ServedFile {
  return { status: 404, type: 'text/plain; charset=utf-8', body: 'not found' };
}
