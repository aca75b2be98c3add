import type { AgilityDefinition, ResourceKind } from './agility-definition.ts';
import {
  CalibrationKind,
  RecommendationRule,
  Tier,
  type CalibrationResult,
  type CriticalTrigger,
  type DimensionResult,
  type Recommendation,
} from './agility-result.ts';
import { atMost } from './tolerance.ts';

const tierRank: Record<Tier, number> = { priority: 0, recommended: 1, optional: 2 };

interface Candidate {
  readonly resource: string;
  readonly tier: Tier;
  readonly rule: RecommendationRule;
  readonly dimension: string;
  /** Sort key inside a tier: critical triggers first (−1), then the weakest dimension. */
  readonly weakness: number;
  readonly dimensionOrder: number;
  readonly slot: number;
}

function compare(a: Candidate, b: Candidate): number {
  return (
    tierRank[a.tier] - tierRank[b.tier] ||
    a.weakness - b.weakness ||
    a.dimensionOrder - b.dimensionOrder ||
    a.slot - b.slot
  );
}

/**
 * The resources to suggest (BRIEF.md §3.4 step 7, §3.5), each once at its strongest tier:
 * - threshold: every scored dimension recommends its primary resources at its tier (< 40 priority, 40–59
 *   recommended, ≥ 60 optional), plus its secondary ones when its score is ≤ `rules.secondaryAtOrBelow`;
 * - critical: a wrong critical scenario puts its dimension's primary resources in priority;
 * - calibration: "possible overconfidence" puts the dimension's primary resources at least in recommended.
 * Order: tier, then critical triggers, then the weakest dimension first, then definition order, then the order of the
 * mapping (primary before secondary). This reproduces the worked example of §3.4 (M4, M6, M5, M3).
 */
export function recommendResources(
  definition: AgilityDefinition,
  dimensions: readonly DimensionResult[],
  calibration: readonly CalibrationResult[],
  critical: readonly CriticalTrigger[],
): Recommendation[] {
  const candidates: Candidate[] = [];
  const order = new Map(definition.dimensions.map((d, n) => [d.id, n]));
  const push = (
    resources: readonly string[],
    tier: Tier,
    rule: RecommendationRule,
    dimension: string,
    weakness: number,
    slotBase = 0,
  ): void => {
    resources.forEach((resource, n) => {
      const dimensionOrder = order.get(dimension) ?? 0;
      candidates.push({ resource, tier, rule, dimension, weakness, dimensionOrder, slot: slotBase + n });
    });
  };

  for (const trigger of critical) {
    push(trigger.resources, Tier.priority, RecommendationRule.critical, trigger.dimension, -1);
  }
  definition.dimensions.forEach((d, n) => {
    const result = dimensions[n];
    if (result?.score == null || result.tier === null) return;
    push(d.modules.primary, result.tier, RecommendationRule.threshold, d.id, result.score);
    if (atMost(result.score, definition.rules.secondaryAtOrBelow)) {
      push(
        d.modules.secondary,
        result.tier,
        RecommendationRule.threshold,
        d.id,
        result.score,
        d.modules.primary.length,
      );
    }
  });
  for (const message of calibration) {
    if (message.kind !== CalibrationKind.overconfidence) continue;
    const result = dimensions.find((d) => d.id === message.dimension);
    const tier = result?.tier === Tier.priority ? Tier.priority : Tier.recommended;
    push(message.resources, tier, RecommendationRule.calibration, message.dimension, result?.score ?? 0);
  }

  candidates.sort(compare);
  const kinds = new Map<string, ResourceKind>(definition.resources.map((r) => [r.id, r.kind]));
  const byResource = new Map<string, { tier: Tier; reasons: Recommendation['reasons'][number][] }>();
  for (const c of candidates) {
    const entry = byResource.get(c.resource) ?? { tier: c.tier, reasons: [] };
    if (!entry.reasons.some((r) => r.rule === c.rule && r.dimension === c.dimension)) {
      entry.reasons.push({ rule: c.rule, dimension: c.dimension, tier: c.tier });
    }
    byResource.set(c.resource, entry);
  }
  return [...byResource].map(([resource, { tier, reasons }]) => ({
    resource,
    kind: kinds.get(resource) ?? 'module',
    tier,
    reasons,
  }));
}
