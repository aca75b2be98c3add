import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { cmi5Ids, type PlayerBuild } from '@dlis/packager';
import { courseActivityIri } from '@dlis/xapi-profile';
import {
  ALL_LANGUAGES,
  COURSE_BASE_PATH,
  courseFile,
  coursePathTarget,
  isHybridTarget,
  PREVIEW_TARGETS,
  type PreviewTarget,
} from './course-files.ts';
import type { CourseSession } from './course-session.ts';
import type { PreviewEvents } from './preview-events.ts';
import type { PreviewLrs } from './preview-lrs.ts';

const require = createRequire(import.meta.url);
/** Browser scripts the shell loads as classic scripts: scorm-again's runtimes (the LMS side), axe-core. */
const VENDOR_FILES: Record<string, string> = {
  '/__dlis/vendor/scorm12.js': 'scorm-again/scorm12',
  '/__dlis/vendor/scorm2004.js': 'scorm-again/scorm2004',
  '/__dlis/vendor/axe.js': 'axe-core/axe.min.js',
};

/** A launch the shell asks for. */
export interface LaunchRequest {
  target: PreviewTarget;
  /** A language of the course, or undefined for all of them (the player picks, as in a multilingual package). */
  lang?: string;
  review?: boolean;
  /** xAPI reporting beside scorm12, scorm2004 or web (hybrid), to the embedded LRS; ignored for cmi5 and xapi. */
  xapi?: boolean;
}

export interface PreviewRoutes {
  /** Answers the preview's own paths (`/__dlis/*`); false for the shell's, which Vite serves. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
}

/**
 * The preview's HTTP API beside Vite: the course as a package would serve it, the embedded LRS, the events
 * stream, launches (cmi5 and xAPI launch parameters), attempt reset, the LRS outage switch, the statements with
 * their profile check, and the vendored browser scripts.
 */
export function previewRoutes(input: {
  session: CourseSession;
  player: PlayerBuild;
  lrs: PreviewLrs;
  events: PreviewEvents;
}): PreviewRoutes {
  const { session, player, lrs, events } = input;
  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify(body));
  };
  return {
    async handle(req, res) {
      const url = new URL(req.url ?? '/', 'http://preview');
      const path = url.pathname;
      if (!path.startsWith('/__dlis/')) return false;
      if (lrs.handle(req, res)) return true;
      if (path.startsWith(COURSE_BASE_PATH)) {
        const file = await courseFile(session, player, path);
        res.writeHead(file?.status ?? 404, {
          'content-type': file?.type ?? 'text/plain',
          'cache-control': file?.immutable ? 'public, max-age=31536000, immutable' : 'no-store',
        });
        res.end(file?.body ?? 'not found');
        return true;
      }
      const vendor = VENDOR_FILES[path];
      if (vendor) {
        res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
        res.end(await readFile(require.resolve(vendor)));
        return true;
      }
      if (path === '/__dlis/events') {
        events.attach(res, { event: 'status', data: session.status() });
        return true;
      }
      if (path === '/__dlis/api/status') {
        json(res, 200, { status: session.status(), outage: lrs.outage(), refused: lrs.refused() });
        return true;
      }
      if (path === '/__dlis/api/statements') {
        json(res, 200, await lrs.statements());
        return true;
      }
      if (req.method !== 'POST') {
        json(res, 404, { message: 'not found' });
        return true;
      }
      const body = await readJson(req);
      if (path === '/__dlis/api/launch') {
        const origin = `http://${req.headers.host ?? '127.0.0.1'}`;
        const launched = await launchUrl(body as LaunchRequest, origin);
        json(res, launched ? 200 : 409, launched ?? { message: 'the course has errors' });
        return true;
      }
      if (path === '/__dlis/api/new-attempt') {
        lrs.newAttempt();
        json(res, 200, { ok: true });
        return true;
      }
      if (path === '/__dlis/api/outage') {
        lrs.setOutage((body as { down?: unknown }).down === true);
        json(res, 200, { outage: lrs.outage(), refused: lrs.refused() });
        return true;
      }
      json(res, 404, { message: 'not found' });
      return true;
    },
  };

  async function launchUrl(request: LaunchRequest, origin: string): Promise<{ url: string } | undefined> {
    const status = session.status();
    if (!status.ok || !PREVIEW_TARGETS.includes(request.target)) return undefined;
    const lang = request.lang && status.languages.includes(request.lang) ? request.lang : ALL_LANGUAGES;
    const hybrid = request.xapi === true && isHybridTarget(request.target);
    const base = `${COURSE_BASE_PATH}${coursePathTarget(request.target, hybrid)}/${encodeURIComponent(lang)}/index.html`;
    if (request.target !== 'xapi' && request.target !== 'cmi5' && !hybrid) return { url: base };
    const compiled = session.compiled(lang === ALL_LANGUAGES ? undefined : lang);
    if (!compiled) return undefined;
    // Hybrid reporting takes the xAPI launch's parameters (endpoint, auth, actor, registration), as a SCORM
    // package built with --lrs launched with them: its statements go to the embedded LRS, in the attempt.
    const query = await lrs.launch(request.target === 'cmi5' ? 'cmi5' : 'xapi', {
      origin,
      activityId: courseActivityIri(status.id),
      auId: cmi5Ids(compiled.course).au,
      mode: request.review ? 'Review' : 'Normal',
      moveOn: compiled.tracking.cmi5.moveOn,
    });
    return { url: `${base}?${new URLSearchParams(query).toString()}` };
  }
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as unknown;
  } catch {
    return {};
  }
}
