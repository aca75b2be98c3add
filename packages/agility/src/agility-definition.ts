/**
 * The questionnaire definition format of the digital agility index (BRIEF.md §3). Plain data: the same object is
 * read by the player, the CLI and the analytics, and validates against schema/agility-definition.schema.json.
 * Scores are on 0..100; shares and weights are fractions in 0..1.
 */

/** Text in each course language; French and English are required (BRIEF.md conventions), others optional. */
export interface LocalizedText {
  readonly fr: string;
  readonly en: string;
  readonly [language: string]: string;
}

/** Kinds of things a recommendation can point to. */
export const ResourceKind = {
  module: 'module',
  guide: 'guide',
  external: 'external',
  practice: 'practice',
} as const;
export type ResourceKind = (typeof ResourceKind)[keyof typeof ResourceKind];

/** One point of a 5-point answer scale. */
export interface ScalePoint {
  /** The raw answer r, 1..5. */
  readonly value: 1 | 2 | 3 | 4 | 5;
  readonly labels: LocalizedText;
}

export interface AnswerScale {
  readonly id: string;
  readonly labels: LocalizedText;
  /** Exactly five points, values 1..5 in order. */
  readonly points: readonly ScalePoint[];
}

export interface Dimension {
  /** `D1` … `D8`. */
  readonly id: string;
  readonly labels: LocalizedText;
  /** Weight in the overall index; the weights of all dimensions sum to 1. */
  readonly weight: number;
  /**
   * Share of the knowledge sub-score K in the dimension score: D = (1 − share)·S + share·K. 0 means the knowledge
   * part does not count (D = S), as for D1 and D8 (BRIEF.md §3.4 step 4).
   */
  readonly knowledgeShare: number;
  /** Whether the calibration gap S − K of this dimension is reported (§3.4 step 7). */
  readonly calibrated: boolean;
  /** Resources recommended for this dimension (BRIEF.md §3.5), as ids of `AgilityDefinition.resources`. */
  readonly modules: { readonly primary: readonly string[]; readonly secondary: readonly string[] };
  /** Why a value is a proposal or still to be confirmed; empty when taken from BRIEF.md as is. */
  readonly note?: string;
}

/** A self-assessment item, answered on a 5-point scale (or "not applicable" when allowed). */
export interface SelfItem {
  /** `1.1` … `8.6`: stable across versions and languages (researchers join data on them). */
  readonly id: string;
  readonly dimension: string;
  readonly scale: string;
  /** Reverse-scored: item = (5 − r)/4 × 100 instead of (r − 1)/4 × 100. */
  readonly reverse: boolean;
  readonly notApplicableAllowed: boolean;
  /** Item wording; the course may carry it instead. */
  readonly labels?: LocalizedText;
  readonly note?: string;
}

export interface ScenarioOption {
  /** `A`, `B`, … */
  readonly id: string;
  /** 100 correct, 50 partly acceptable, 0 wrong (BRIEF.md §3.4 step 3). */
  readonly credit: 0 | 50 | 100;
  readonly labels?: LocalizedText;
}

/** A scenario (knowledge) item with one correct option. */
export interface ScenarioItem {
  /** `D1-S1` … `D7-S2`. */
  readonly id: string;
  readonly dimension: string;
  /** A wrong answer triggers the dimension's primary modules whatever the level (§3.4 step 7). */
  readonly critical: boolean;
  /** Countries whose respondents see this scenario (ISO 3166 alpha-2); absent: every country. */
  readonly countries?: readonly string[];
  readonly options: readonly ScenarioOption[];
  readonly note?: string;
}

/** A background question (BRIEF.md §3.6): one choice among bands or categories, never free text. */
export interface BackgroundQuestion {
  /** `Q1` … `Q13` or another stable id: the key of the xAPI background extension. */
  readonly id: string;
  readonly labels: LocalizedText;
  readonly options: readonly { readonly id: string; readonly labels: LocalizedText }[];
}

export interface Level {
  /** 1..4. */
  readonly id: number;
  /** Lowest index (inclusive) of the level; the first level starts at 0. */
  readonly min: number;
  readonly labels: LocalizedText;
}

export interface Resource {
  /** `M1` … `M7` for modules, other stable ids for guide chapters and outside resources. */
  readonly id: string;
  readonly kind: ResourceKind;
  readonly labels: LocalizedText;
}

/** The scoring rules, as data (BRIEF.md §3.4 steps 1–7). */
export interface ScoringRules {
  /** A dimension is scored only if at least this share of its self-assessment items was answered (0.8). */
  readonly minAnsweredShare: number;
  /**
   * The overall index is computed over the scored dimensions, their weights renormalised, only if their weights
   * total at least this share; otherwise the index and the level are null.
   */
  readonly minIndexWeightShare: number;
  /** Dimension tiers: score < priorityBelow → priority; < recommendedBelow → recommended; else optional. */
  readonly priorityBelow: number;
  readonly recommendedBelow: number;
  /** A scored dimension at or below this score also gets its secondary resources. */
  readonly secondaryAtOrBelow: number;
  /** |S − K| at or beyond this gap gives a calibration message (30). */
  readonly calibrationGap: number;
  /** Resources pointed to by the "you know more than you think" message (M3, M2). */
  readonly underconfidenceResources: readonly string[];
  /** A critical scenario answered with credit at or below this value triggers its modules (0: wrong answers). */
  readonly criticalMaxCredit: number;
  readonly note?: string;
}

/** Messages the result refers to by id; the labels are the default wording. */
export interface CalibrationMessages {
  readonly overconfidence: LocalizedText;
  readonly underconfidence: LocalizedText;
}

export interface AgilityDefinition {
  /** Stable id of the model, e.g. `dlis-agility-index`. */
  readonly id: string;
  /** Version of the scoring model, recorded in every result; change it whenever a rule or a value changes. */
  readonly version: string;
  readonly labels: LocalizedText;
  readonly scales: readonly AnswerScale[];
  /** Wording of the "not applicable" choice, offered on every item that allows it. */
  readonly notApplicable: LocalizedText;
  readonly dimensions: readonly Dimension[];
  readonly items: readonly SelfItem[];
  readonly scenarios: readonly ScenarioItem[];
  /**
   * The background questions with their wording: the value labels of research exports (codebook, R, SPSS). The
   * scoring does not read them; the course's questionnaire block asks them.
   */
  readonly background?: readonly BackgroundQuestion[];
  /** In increasing order of `min`. */
  readonly levels: readonly Level[];
  readonly resources: readonly Resource[];
  readonly rules: ScoringRules;
  readonly messages: CalibrationMessages;
}
