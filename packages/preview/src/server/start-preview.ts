import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDiagnostic } from '@dlis/course';
import { ensurePlayerBuild } from '@dlis/player/build';
import { createServer, type Plugin, type ViteDevServer } from 'vite';
import { openCourseSession, type CourseStatus } from './course-session.ts';
import { previewRoutes } from './preview-api.ts';
import { createPreviewEvents } from './preview-events.ts';
import { createPreviewLrs } from './preview-lrs.ts';

export interface PreviewOptions {
  /** The course folder (holds course.yaml). */
  courseDir: string;
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** Opens the preview in the default browser once it listens. */
  open?: boolean;
  /** Folder diagnostic paths are relative to, and `courseDir` is resolved from (the command's current folder). */
  cwd: string;
  /** One line per event worth a terminal line: reloads, diagnostics. */
  log?: (line: string) => void;
}

export interface PreviewServer {
  /** The shell's URL, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  /** The course's status after the first load. */
  status(): CourseStatus;
  close(): Promise<void>;
}

/** The shell (panel, overlay, LMS side): browser code that Vite's dev server serves and transforms. */
const SHELL_DIR = fileURLToPath(new URL('../shell/', import.meta.url));

/**
 * Starts `dlis preview`: loads the course (the loader of `dlis validate`), makes sure the packages' player build
 * is there (`ensurePlayerBuild`), and serves on 127.0.0.1 with Vite's dev server: the shell at `/`, the course as
 * a package of the chosen target under `/__dlis/course/`, the embedded LRS in memory under `/__dlis/xapi/`. Each
 * save in the course folder reloads the course and tells the shells (server-sent events); a save that breaks
 * the sources sends the diagnostics instead, which the shell shows over the page. Nothing is written into the
 * course folder (Vite's cache goes to the system's temporary folder).
 */
export async function startPreview(options: PreviewOptions): Promise<PreviewServer> {
  const log = options.log ?? (() => undefined);
  const cwd = options.cwd;
  const courseDir = resolve(cwd, options.courseDir);
  const session = await openCourseSession(courseDir, {
    cwd,
    onError: (error) => log(`error: the course could not be reloaded: ${String(error)}`),
  });
  const events = createPreviewEvents();
  const lrs = createPreviewLrs();
  const report = (status: CourseStatus, reloadMs?: number) => {
    if (status.ok) {
      for (const warning of status.warnings) log(`warning: ${formatDiagnostic(warning)}`);
      log(
        reloadMs === undefined
          ? `✓ ${status.title}: ${status.languages.join(', ')}`
          : `↻ reloaded in ${Math.round(reloadMs)} ms`,
      );
    } else {
      for (const diagnostic of status.diagnostics) log(formatDiagnostic(diagnostic));
      log(`✗ ${status.diagnostics.length} problem(s): the preview shows them until the files are fixed.`);
    }
  };
  report(session.status());
  session.onChange((status, reloadMs) => {
    report(status, reloadMs);
    events.send('status', status);
  });
  lrs.onStatements(() => events.send('statements', {}));
  lrs.onRefused((refused) => events.send('refused', { refused }));

  let vite: ViteDevServer | undefined;
  try {
    const player = await ensurePlayerBuild();
    const routes = previewRoutes({ session, player, lrs, events });
    const plugin: Plugin = {
      name: 'dlis-preview',
      configureServer(server) {
        // Before Vite's own middlewares: the course and the LRS are not Vite modules.
        server.middlewares.use((req, res, next) => {
          routes.handle(req, res).then(
            (handled) => {
              if (!handled) next();
            },
            (error: unknown) => next(error),
          );
        });
      },
    };
    vite = await createServer({
      configFile: false,
      root: SHELL_DIR,
      cacheDir: join(tmpdir(), 'dlis-preview-vite'),
      logLevel: 'warn',
      clearScreen: false,
      appType: 'mpa',
      plugins: [plugin],
      server: { host: '127.0.0.1', port: options.port ?? 0, strictPort: true, watch: null },
      optimizeDeps: { include: ['lit', 'lit/directives/unsafe-html.js'] },
    });
    await vite.listen();
    const address = vite.httpServer?.address();
    if (!address || typeof address === 'string') throw new Error('the preview server has no port');
    const url = `http://127.0.0.1:${address.port}/`;
    if (options.open) vite.openBrowser();
    const running = vite;
    return {
      url,
      status: () => session.status(),
      async close() {
        events.close();
        session.close();
        await running.close();
        lrs.close();
      },
    };
  } catch (error) {
    events.close();
    session.close();
    await vite?.close();
    lrs.close();
    throw error;
  }
}
