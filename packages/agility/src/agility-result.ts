import type { LocalizedText, ResourceKind } from './agility-definition.ts';

/**
 * What scoreQuestionnaire() returns. Plain JSON data (null, never undefined), so that a result computed in the
 * browser, recomputed by the CLI or stored in an LRS extension compares equal. Scores are unrounded, on 0..100.
 */
export interface AgilityResult {
  /** The scoring model that produced this result. */
  readonly model: { readonly id: string; readonly version: string };
  /** Weighted index over the scored dimensions; null if they carry less than `rules.minIndexWeightShare`. */
  readonly index: number | null;
  /** Share of the total weight carried by the scored dimensions (1 when all are scored). */
  readonly indexWeightShare: number;
  readonly level: LevelResult | null;
  /** In definition order. */
  readonly dimensions: readonly DimensionResult[];
  readonly items: readonly ItemResult[];
  readonly scenarios: readonly ScenarioResult[];
  readonly calibration: readonly CalibrationResult[];
  readonly critical: readonly CriticalTrigger[];
  /** Every recommended resource once, ordered: priority, recommended, optional; then weakest dimension first. */
  readonly recommendations: readonly Recommendation[];
  /** Resource ids of `recommendations`, per tier. */
  readonly modules: {
    readonly priority: readonly string[];
    readonly recommended: readonly string[];
    readonly optional: readonly string[];
  };
}

export interface LevelResult {
  readonly id: number;
  readonly labels: LocalizedText;
}

export const DimensionStatus = { scored: 'scored', insufficientData: 'insufficient-data' } as const;
export type DimensionStatus = (typeof DimensionStatus)[keyof typeof DimensionStatus];

export const Tier = { priority: 'priority', recommended: 'recommended', optional: 'optional' } as const;
export type Tier = (typeof Tier)[keyof typeof Tier];

export interface DimensionResult {
  readonly id: string;
  readonly status: DimensionStatus;
  /** D = (1 − share)·S + share·K; S alone when the knowledge part does not count or K is null. Null if not scored. */
  readonly score: number | null;
  /** S: mean of the answered item scores; null if not scored (insufficient data). */
  readonly self: number | null;
  /** K: mean of the answered scenario credits; null if no scenario of the dimension was answered. */
  readonly knowledge: number | null;
  /** Whether K entered the score (knowledge counts and K is not null). */
  readonly knowledgeCounted: boolean;
  /** Δ = S − K, when both exist; reported only for calibrated dimensions. */
  readonly gap: number | null;
  /** Self-assessment items answered on the scale (not N/A, not missing), and the dimension's item count. */
  readonly answered: number;
  readonly items: number;
  readonly scenariosAnswered: number;
  readonly scenarios: number;
  readonly tier: Tier | null;
}

export interface ItemResult {
  readonly id: string;
  readonly dimension: string;
  /** The raw answer: 1..5, `'na'`, or null when missing. */
  readonly answer: number | 'na' | null;
  /** 0..100, or null for N/A and missing answers. */
  readonly score: number | null;
}

export interface ScenarioResult {
  readonly id: string;
  readonly dimension: string;
  readonly answer: string | null;
  /** 100, 50 or 0; null when not answered. */
  readonly credit: number | null;
}

export const CalibrationKind = {
  overconfidence: 'overconfidence',
  underconfidence: 'underconfidence',
} as const;
export type CalibrationKind = (typeof CalibrationKind)[keyof typeof CalibrationKind];

export interface CalibrationResult {
  readonly dimension: string;
  readonly kind: CalibrationKind;
  /** Δ = S − K. */
  readonly gap: number;
  readonly message: LocalizedText;
  /** Overconfidence: the dimension's primary resources; underconfidence: `rules.underconfidenceResources`. */
  readonly resources: readonly string[];
}

export interface CriticalTrigger {
  readonly scenario: string;
  readonly dimension: string;
  readonly credit: number;
  readonly resources: readonly string[];
}

export const RecommendationRule = {
  threshold: 'threshold',
  critical: 'critical',
  calibration: 'calibration',
} as const;
export type RecommendationRule = (typeof RecommendationRule)[keyof typeof RecommendationRule];

export interface Recommendation {
  readonly resource: string;
  readonly kind: ResourceKind;
  readonly tier: Tier;
  /** Every rule that recommended it, strongest first. */
  readonly reasons: readonly {
    readonly rule: RecommendationRule;
    readonly dimension: string;
    readonly tier: Tier;
  }[];
}
