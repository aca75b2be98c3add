import type { Inline } from './inline-codes.ts';

/** XLIFF 2.1 core namespace (2.1 keeps the 2.0 namespace; the version attribute says 2.1). */
export const XLIFF_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0';
/** Namespace of the one extension attribute the toolkit writes: the course id on `<xliff>`. */
export const DLIS_NAMESPACE = 'urn:x-dlis:translate';

/** XLIFF 2 core segment states; `initial` is the default. */
export type SegmentState = 'initial' | 'translated' | 'reviewed' | 'final';
export const SEGMENT_STATES: readonly SegmentState[] = ['initial', 'translated', 'reviewed', 'final'];
/** subState of a segment whose source changed since it was translated: its target is the old translation. */
export const SOURCE_CHANGED = 'dlis:source-changed';

export interface XliffDocument {
  srcLang: string;
  trgLang: string;
  courseId: string;
  files: XliffFile[];
}

export interface XliffFile {
  id: string;
  original: string;
  units: XliffUnit[];
  position?: XliffPosition;
}

export interface XliffUnit {
  id: string;
  translate: boolean;
  notes: { category: string; text: string }[];
  parts: XliffPart[];
  position?: XliffPosition;
}

export type XliffPart =
  | { kind: 'ignorable'; text: string }
  | {
      kind: 'segment';
      id: string;
      state: SegmentState;
      subState?: string;
      source: Inline[];
      target?: Inline[];
      position?: XliffPosition;
    };

export interface XliffPosition {
  line: number;
  col: number;
}
