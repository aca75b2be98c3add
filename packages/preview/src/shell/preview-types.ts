/** What the preview server sends the shell (packages/preview/src/server), as the shell reads it. */
export interface Located {
  file: string;
  line: number;
  col: number;
  path: string;
  message: string;
  hint?: string;
}

export type CourseStatus =
  | { version: number; ok: true; id: string; title: string; languages: string[] }
  | { version: number; ok: false; diagnostics: Located[] };

export interface CheckedStatement {
  statement: {
    id?: string;
    timestamp?: string;
    verb?: { id?: string; display?: Record<string, string> };
    object?: { id?: string; definition?: { name?: Record<string, string> } };
  };
  valid: boolean;
  template?: string;
  failures: { path: string; message: string }[];
}

export interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string; html: string }[];
}

export const TARGETS = ['scorm12', 'scorm2004', 'cmi5', 'xapi', 'web'] as const;
export type Target = (typeof TARGETS)[number];

/** Targets that can report over xAPI beside their own tracking (hybrid, `dlis build --lrs`). */
export const HYBRID_TARGETS: readonly Target[] = ['scorm12', 'scorm2004', 'web'];

/** What the panel asks the shell to do. */
export type PanelAction =
  | { action: 'target'; value: Target }
  | { action: 'language'; value: string }
  | { action: 'reset' }
  | { action: 'leave-and-return' }
  | { action: 'review'; value: boolean }
  | { action: 'xapi'; value: boolean }
  | { action: 'outage'; value: boolean }
  | { action: 'check-page' }
  | { action: 'toggle' };
