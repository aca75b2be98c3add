/** "Not applicable": treated as missing, never as zero (BRIEF.md §3.2). */
export const NOT_APPLICABLE = 'na';

/**
 * One answer: 1..5 for a self-assessment item, `'na'` for "not applicable", an option id (`'C'`) for a scenario.
 * `null` or an absent key means not answered (or, for a country-specific scenario, not shown).
 */
export type AgilityAnswer = number | string | null;

/** Answers keyed by item or scenario id, e.g. `{ "1.1": 4, "3.4": "na", "D1-S1": "C" }`. Key order is irrelevant. */
export type AgilityAnswers = Readonly<Record<string, AgilityAnswer | undefined>>;
