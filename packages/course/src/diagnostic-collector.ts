import type { Diagnostic, DiagnosticCode } from './diagnostic.ts';
import { formatPath, type Position, type SourcePath, type YamlDocument } from './yaml-document.ts';

/** What a check says about a problem; the collector adds the file and position. */
export interface Finding {
  code: DiagnosticCode;
  message: string;
  hint?: string | undefined;
}

/**
 * Gathers every problem of one course, located in course.yaml (by source path) or in another file (by
 * position). File names are shown as `display` says (load-course.ts: relative to the caller's folder, or to the
 * course folder's parent). Pure: the compiled contract's types reach the checks' context, which holds one.
 */
export class DiagnosticCollector {
  readonly diagnostics: Diagnostic[] = [];
  private readonly seen = new Set<string>();
  doc: YamlDocument | undefined;

  constructor(
    readonly courseFile: string,
    /** How a file is shown in a diagnostic: clickable from the terminal the command runs in. */
    readonly display: (file: string) => string,
  ) {}

  inYaml(severity: Diagnostic['severity'], path: SourcePath, at: 'value' | 'key', f: Finding): void {
    const position = this.doc?.locate(path, at) ?? { line: 1, col: 1 };
    this.inFile(severity, this.courseFile, position, formatPath(path), f);
  }

  inFile(severity: Diagnostic['severity'], file: string, position: Position, path: string, f: Finding): void {
    const d: Diagnostic = {
      file: this.display(file),
      line: position.line,
      col: position.col,
      path,
      code: f.code,
      severity,
      message: f.message,
      ...(f.hint ? { hint: f.hint } : {}),
    };
    const key = JSON.stringify(d);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.diagnostics.push(d);
  }

  error(path: SourcePath, f: Finding, at: 'value' | 'key' = 'value'): void {
    this.inYaml('error', path, at, f);
  }

  warning(path: SourcePath, f: Finding, at: 'value' | 'key' = 'value'): void {
    this.inYaml('warning', path, at, f);
  }

  get hasErrors(): boolean {
    return this.diagnostics.some((d) => d.severity === 'error');
  }
}
