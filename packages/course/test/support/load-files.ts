import { compileCourse, loadCourse, type CourseModel, type Diagnostic } from '../../src/index.ts';
import type { CompiledCourse } from '@dlis/course/compiled';
import { makeCourse } from './course-dir.ts';

export interface Loaded {
  ok: boolean;
  /** Errors as `file:line:col: path: message`. */
  lines: string[];
  errors: Diagnostic[];
  warnings: Diagnostic[];
  model?: CourseModel;
}

/** Load a generated course (the folder is removed afterwards: the model holds everything compile needs). */
export async function loadFiles(files: Record<string, string | Uint8Array>): Promise<Loaded> {
  const course = await makeCourse(files);
  try {
    const result = await loadCourse(course.dir);
    const errors = result.ok ? [] : result.diagnostics;
    return {
      ok: result.ok,
      lines: errors.map((d) => `${d.file}:${d.line}:${d.col}: ${d.path}: ${d.message}`),
      errors,
      warnings: result.warnings,
      ...(result.ok ? { model: result.model } : {}),
    };
  } finally {
    await course.remove();
  }
}

/** Load and compile a course that must be valid. */
export async function compileFiles(files: Record<string, string | Uint8Array>): Promise<CompiledCourse> {
  const loaded = await loadFiles(files);
  if (!loaded.model) throw new Error(loaded.lines.join('\n'));
  return compileCourse(loaded.model).course;
}

/** The blocks of the first page of a compiled course. */
export function firstPageBlocks(course: CompiledCourse) {
  return course.modules[0]!.pages[0]!.blocks;
}
