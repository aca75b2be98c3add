import { compileCourse, loadCourse, type CourseModel, type Diagnostic } from '@dlis/course';
import type { CompileResult } from '@dlis/course';
import { watchCourseFolder, type FolderWatch } from './watch-course-folder.ts';

/** What the shell needs to know about the course sources, as of one (re)load. */
export type CourseStatus =
  | { version: number; ok: true; id: string; title: string; languages: string[]; warnings: Diagnostic[] }
  | { version: number; ok: false; diagnostics: Diagnostic[] };

/**
 * The course being previewed: loaded (the same loader and diagnostics as `dlis validate`), compiled on demand
 * per language, and reloaded when a file of its folder changes. Reads the folder, never writes into it.
 */
export interface CourseSession {
  status(): CourseStatus;
  /** The compiled course in `lang` (every language when undefined); undefined while the sources have errors. */
  compiled(lang?: string): CompileResult | undefined;
  /** Called after every reload, with the new status and how long the reload took (ms). */
  onChange(listener: (status: CourseStatus, reloadMs: number) => void): () => void;
  close(): void;
}

export async function openCourseSession(
  courseDir: string,
  options: { cwd: string; now?: () => number; onError?: (error: unknown) => void },
): Promise<CourseSession> {
  const now = options.now ?? (() => performance.now());
  const listeners = new Set<(status: CourseStatus, reloadMs: number) => void>();
  let version = 0;
  let model: CourseModel | undefined;
  let current: CourseStatus;
  let cache = new Map<string, CompileResult>();

  let fingerprint = '';
  /**
   * Loads the sources again; undefined when they give exactly what the last load gave (a save without change,
   * or the second event of one save), so that the shells are not relaunched for nothing.
   */
  const load = async (): Promise<CourseStatus | undefined> => {
    const result = await loadCourse(courseDir, { cwd: options.cwd, absoluteOutsideCwd: true });
    let compiled: CompileResult | undefined;
    let print: string;
    if (result.ok) {
      compiled = compileCourse(result.model);
      print = JSON.stringify([compiled, result.warnings]);
    } else {
      print = JSON.stringify(result.diagnostics);
    }
    if (print === fingerprint) return undefined;
    fingerprint = print;
    version += 1;
    cache = new Map(compiled ? [['*', compiled]] : []);
    if (!result.ok) {
      model = undefined;
      return { version, ok: false, diagnostics: result.diagnostics };
    }
    model = result.model;
    const title = model.title[model.defaultLanguage] ?? model.id;
    return {
      version,
      ok: true,
      id: model.id,
      title,
      languages: [...model.languages],
      warnings: result.warnings,
    };
  };

  current = (await load())!;
  // Saves come in bursts (editors write, rename, touch): one reload per burst, and never two at once.
  let reloading: Promise<void> | undefined;
  let again = false;
  const reload = () => {
    if (reloading) {
      again = true;
      return;
    }
    reloading = (async () => {
      do {
        again = false;
        const started = now();
        let loaded: CourseStatus | undefined;
        try {
          loaded = await load();
        } catch (error) {
          // A file vanishing mid-read and the like: the preview keeps its last state and says why.
          options.onError?.(error);
          continue;
        }
        const took = now() - started;
        if (!loaded) continue;
        current = loaded;
        for (const listener of listeners) listener(current, took);
      } while (again);
      reloading = undefined;
    })();
  };
  const watch: FolderWatch = watchCourseFolder(courseDir, reload);

  return {
    status: () => current,
    compiled(lang) {
      if (!model) return undefined;
      const key = lang ?? '*';
      let compiled = cache.get(key);
      if (!compiled) {
        compiled = compileCourse(model, lang ? { languages: [lang] } : {});
        cache.set(key, compiled);
      }
      return compiled;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => watch.close(),
  };
}
