import { segmentParts, type TextUnit } from './course-texts.ts';
import { memoryKey, type TranslationMemory } from './translation-memory.ts';
import { SOURCE_CHANGED, type SegmentState } from './xliff-model.ts';

/** Where one source segment stands in the target language. */
export interface SegmentStatus {
  id: string;
  source: string;
  /** The target text (inline Markdown) when there is one. */
  target?: string;
  state: SegmentState;
  subState?: typeof SOURCE_CHANGED;
  /** The source the target was translated from, when it has changed since. */
  previousSource?: string;
  /** The text exists in the target language, written by hand, but cannot be paired segment by segment. */
  byHand?: boolean;
}

/** A segment is done when it has a target in state translated, reviewed or final. */
export function isDone(s: SegmentStatus): boolean {
  return (s.target !== undefined && s.state !== 'initial') || s.byHand === true;
}

/**
 * Pair the unit's source segments with the course's current text in the target language.
 * - With a translation memory (the language came in through `dlis translate import`): a source segment whose
 *   id is remembered keeps its translation and state; one that changed in place (same position, new id) gets
 *   its old translation in state `initial`, subState `dlis:source-changed`, with the old source; a new one has
 *   no target.
 * - Without one (a language written by hand, such as the courses' English): the target text counts as
 *   translated, segment by segment when it has the same number of segments as the source.
 */
export function alignUnit(unit: TextUnit, memory: TranslationMemory | undefined): SegmentStatus[] {
  const sources = unit.parts.flatMap((p) => (p.kind === 'segment' ? [p] : []));
  const targets =
    unit.target === undefined
      ? undefined
      : segmentParts(unit.target, unit.list).flatMap((p) => (p.kind === 'segment' ? [p.text] : []));
  if (!memory) {
    const aligned = targets && targets.length === sources.length;
    return sources.map((s, i) =>
      aligned
        ? { id: s.id, source: s.text, target: targets[i], state: 'translated' }
        : { ...base(s), ...(targets ? { byHand: true } : {}) },
    );
  }
  const remembered = memory.units[memoryKey(unit.fileId, unit.unitId)];
  if (!remembered || !targets || targets.length !== remembered.length) return sources.map(base);
  const sourceIds = new Set(sources.map((s) => s.id));
  const used = new Set<number>();
  return sources.map((s, i) => {
    const j = remembered.findIndex((m, k) => !used.has(k) && m.id === s.id);
    if (j >= 0) {
      used.add(j);
      const m = remembered[j];
      return m?.state ? { id: s.id, source: s.text, target: targets[j], state: m.state } : base(s);
    }
    const old = remembered[i];
    if (old?.state && !used.has(i) && !sourceIds.has(old.id)) {
      used.add(i);
      return {
        id: s.id,
        source: s.text,
        target: targets[i],
        state: 'initial',
        subState: SOURCE_CHANGED,
        previousSource: old.source,
      };
    }
    return base(s);
  });
}

function base(s: { id: string; text: string }): SegmentStatus {
  return { id: s.id, source: s.text, state: 'initial' };
}
