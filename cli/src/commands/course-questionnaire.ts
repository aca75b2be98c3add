import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { dlisAgilityModel, type AgilityDefinition } from '@dlis/agility';
import { findQuestionnaire, formatDiagnostic, loadCourse } from '@dlis/course';
import type { CliIo } from '../io.ts';
import { UsageError } from '../usage-error.ts';

/**
 * The agility definition named by a `--questionnaire` value: the built-in model id, or a course folder whose
 * questionnaire block gives the definition (loaded with @dlis/course). Undefined, with the course's diagnostics
 * or the reason on stderr, when the folder's course has problems or no questionnaire block; a value that is
 * neither is a usage error (`also` names other accepted forms in its message).
 */
export async function resolveCourseQuestionnaire(
  value: string,
  io: CliIo,
  also = '',
): Promise<AgilityDefinition | undefined> {
  if (value === dlisAgilityModel.id) return dlisAgilityModel;
  const dir = resolve(io.cwd, value);
  const isDir = await stat(dir).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isDir) {
    throw new UsageError(
      `--questionnaire "${value}" is neither the built-in model id "${dlisAgilityModel.id}" nor a course folder${also}.`,
    );
  }
  const loaded = await loadCourse(dir, { cwd: io.cwd });
  if (!loaded.ok) {
    for (const d of loaded.diagnostics) io.err(formatDiagnostic(d));
    io.err(`\nerror: ${value}: the course has problems (above); fix them to read its questionnaire.`);
    return undefined;
  }
  const questionnaire = findQuestionnaire(loaded.model);
  if (questionnaire === undefined) {
    io.err(
      `error: ${value}: this course has no questionnaire block (type: questionnaire). Give the folder of a course ` +
        `that has one (e.g. courses/agility-index), or --questionnaire ${dlisAgilityModel.id} for the built-in model.`,
    );
    return undefined;
  }
  return questionnaire.definition;
}
