/**
 * A learner response or a correct-response pattern, typed per interaction type. The one definition of it: the
 * Tracker facade (@dlis/tracking) passes these values to every adapter, each writing its standard's syntax.
 */
export type InteractionValue =
  | { type: 'choice'; choices: string[] }
  | { type: 'true-false'; value: boolean }
  | { type: 'matching'; pairs: [source: string, target: string][] }
  | { type: 'sequencing'; order: string[] }
  /** `lang`: language of the text (BCP 47, e.g. `fr`), written as `{lang=fr}` in patterns when given. */
  | { type: 'fill-in'; text: string; caseMatters?: boolean; lang?: string }
  | { type: 'numeric'; value: number }
  | { type: 'numeric-range'; min?: number; max?: number }
  | { type: 'likert'; choice: string };

/**
 * The xAPI string of a value (xAPI 1.0.3 §2.4.4.1, "Response patterns"): choices and orders joined by `[,]`,
 * matching pairs `source[.]target`, `true`/`false`, numbers as is, ranges `min[:]max` (an open end left empty).
 * `pattern: true` writes a correct-response pattern: fill-in then gets `{case_matters=true}` and `{lang=…}`;
 * a learner response is the plain text.
 */
export function formatInteractionValue(value: InteractionValue, pattern = false): string {
  switch (value.type) {
    case 'choice':
      return value.choices.join('[,]');
    case 'true-false':
      return value.value ? 'true' : 'false';
    case 'matching':
      return value.pairs.map(([s, t]) => `${s}[.]${t}`).join('[,]');
    case 'sequencing':
      return value.order.join('[,]');
    case 'fill-in': {
      if (!pattern) return value.text;
      const caseMatters = value.caseMatters === true ? '{case_matters=true}' : '';
      const lang = value.lang !== undefined ? `{lang=${value.lang}}` : '';
      return `${caseMatters}${lang}${value.text}`;
    }
    case 'numeric':
      return String(value.value);
    case 'numeric-range':
      return `${value.min ?? ''}[:]${value.max ?? ''}`;
    case 'likert':
      return value.choice;
  }
}
