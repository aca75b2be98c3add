import type { AgilityDefinition, Dimension } from './agility-definition.ts';
import { NOT_APPLICABLE, type AgilityAnswers } from './agility-answers.ts';
import { AgilityError, AgilityErrorCode } from './agility-error.ts';
import {
  CalibrationKind,
  DimensionStatus,
  Tier,
  type AgilityResult,
  type CalibrationResult,
  type CriticalTrigger,
  type DimensionResult,
  type ItemResult,
  type LevelResult,
  type ScenarioResult,
} from './agility-result.ts';
import { checkDefinition } from './check-definition.ts';
import { recommendResources } from './recommend-resources.ts';
import { atLeast, atMost } from './tolerance.ts';
import { validateAnswers } from './validate-answers.ts';

/**
 * Item score of a raw answer r (1..5), BRIEF.md §3.4 step 1: (r − 1)/4 × 100, or (5 − r)/4 × 100 when reverse-scored.
 * Computed as (r − 1)·25 / (5 − r)·25, which is the same number and exact (0, 25, 50, 75, 100).
 */
export function itemScore(answer: number, reverse: boolean): number {
  return (reverse ? 5 - answer : answer - 1) * 25;
}

/** Mean in the given (definition) order, so the result never depends on the order of the answers. */
function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

function tierOf(score: number, definition: AgilityDefinition): Tier {
  if (!atLeast(score, definition.rules.priorityBelow)) return Tier.priority;
  if (!atLeast(score, definition.rules.recommendedBelow)) return Tier.recommended;
  return Tier.optional;
}

function scoreDimension(
  definition: AgilityDefinition,
  dimension: Dimension,
  items: readonly ItemResult[],
  scenarios: readonly ScenarioResult[],
): DimensionResult {
  const own = items.filter((i) => i.dimension === dimension.id);
  const scores = own.flatMap((i) => (i.score === null ? [] : [i.score]));
  const ownScenarios = scenarios.filter((s) => s.dimension === dimension.id);
  const credits = ownScenarios.flatMap((s) => (s.credit === null ? [] : [s.credit]));
  const knowledge = mean(credits);
  const sufficient = atLeast(scores.length / own.length, definition.rules.minAnsweredShare);
  const self = sufficient ? mean(scores) : null;
  const knowledgeCounted = dimension.knowledgeShare > 0 && knowledge !== null;
  let score: number | null = null;
  if (self !== null) {
    score =
      knowledgeCounted && knowledge !== null
        ? (1 - dimension.knowledgeShare) * self + dimension.knowledgeShare * knowledge
        : self;
  }
  return {
    id: dimension.id,
    status: score === null ? DimensionStatus.insufficientData : DimensionStatus.scored,
    score,
    self,
    knowledge,
    knowledgeCounted: score !== null && knowledgeCounted,
    gap: dimension.calibrated && self !== null && knowledge !== null ? self - knowledge : null,
    answered: scores.length,
    items: own.length,
    scenariosAnswered: credits.length,
    scenarios: ownScenarios.length,
    tier: score === null ? null : tierOf(score, definition),
  };
}

/**
 * Definitions already found consistent. A definition is immutable (readonly throughout), so one check per object
 * serves every respondent scored with it; weakly held, so a discarded definition is not kept alive. Inconsistent
 * definitions are not remembered: they are checked again, and throw again, on every call.
 */
const consistent = new WeakSet<AgilityDefinition>();

function assertConsistent(definition: AgilityDefinition): void {
  if (consistent.has(definition)) return;
  const issues = checkDefinition(definition);
  if (issues.length > 0) {
    throw new AgilityError(
      AgilityErrorCode.invalidDefinition,
      `The questionnaire definition ${definition.id} ${definition.version} is inconsistent (${issues.length} issues); fix it before scoring.`,
      issues,
    );
  }
  consistent.add(definition);
}

/**
 * Scores one respondent's answers with a questionnaire definition, BRIEF.md §3.4 steps 1–7. Pure and
 * deterministic: sums run in definition order in double precision, nothing is rounded (use `round` to display).
 * Throws AgilityError AGILITY_E_INVALID_DEFINITION or AGILITY_E_INVALID_ANSWERS, listing every issue.
 */
export function scoreQuestionnaire(definition: AgilityDefinition, answers: AgilityAnswers): AgilityResult {
  assertConsistent(definition);
  const answerIssues = validateAnswers(definition, answers);
  if (answerIssues.length > 0) {
    throw new AgilityError(
      AgilityErrorCode.invalidAnswers,
      `${answerIssues.length} answers cannot be scored with ${definition.id} ${definition.version}; see issues.`,
      answerIssues,
    );
  }

  const items: ItemResult[] = definition.items.map((item) => {
    const raw = answers[item.id];
    if (typeof raw === 'number') {
      return { id: item.id, dimension: item.dimension, answer: raw, score: itemScore(raw, item.reverse) };
    }
    const answer = raw === NOT_APPLICABLE ? NOT_APPLICABLE : null;
    return { id: item.id, dimension: item.dimension, answer, score: null };
  });
  const scenarios: ScenarioResult[] = definition.scenarios.map((scenario) => {
    const raw = answers[scenario.id];
    const option = typeof raw === 'string' ? scenario.options.find((o) => o.id === raw) : undefined;
    return {
      id: scenario.id,
      dimension: scenario.dimension,
      answer: option === undefined ? null : option.id,
      credit: option === undefined ? null : option.credit,
    };
  });
  const dimensions = definition.dimensions.map((d) => scoreDimension(definition, d, items, scenarios));

  let weighted = 0;
  let scoredWeight = 0;
  let totalWeight = 0;
  definition.dimensions.forEach((d, n) => {
    totalWeight += d.weight;
    const score = dimensions[n]?.score ?? null;
    if (score === null) return;
    weighted += d.weight * score;
    scoredWeight += d.weight;
  });
  const indexWeightShare = totalWeight === 0 ? 0 : scoredWeight / totalWeight;
  const index =
    scoredWeight > 0 && atLeast(indexWeightShare, definition.rules.minIndexWeightShare)
      ? weighted / scoredWeight
      : null;
  let level: LevelResult | null = null;
  if (index !== null) {
    for (const l of definition.levels) if (atLeast(index, l.min)) level = { id: l.id, labels: l.labels };
  }

  const calibration: CalibrationResult[] = [];
  const gapRule = definition.rules.calibrationGap;
  definition.dimensions.forEach((d, n) => {
    const gap = dimensions[n]?.gap ?? null;
    if (gap === null) return;
    if (atLeast(gap, gapRule)) {
      calibration.push({
        dimension: d.id,
        kind: CalibrationKind.overconfidence,
        gap,
        message: definition.messages.overconfidence,
        resources: d.modules.primary,
      });
    } else if (atMost(gap, -gapRule)) {
      calibration.push({
        dimension: d.id,
        kind: CalibrationKind.underconfidence,
        gap,
        message: definition.messages.underconfidence,
        resources: definition.rules.underconfidenceResources,
      });
    }
  });

  const critical: CriticalTrigger[] = [];
  definition.scenarios.forEach((s, n) => {
    const credit = scenarios[n]?.credit ?? null;
    if (!s.critical || credit === null || !atMost(credit, definition.rules.criticalMaxCredit)) return;
    const dimension = definition.dimensions.find((d) => d.id === s.dimension);
    critical.push({
      scenario: s.id,
      dimension: s.dimension,
      credit,
      resources: dimension?.modules.primary ?? [],
    });
  });

  const recommendations = recommendResources(definition, dimensions, calibration, critical);
  const ofTier = (tier: Tier): string[] =>
    recommendations.filter((r) => r.tier === tier).map((r) => r.resource);
  return {
    model: { id: definition.id, version: definition.version },
    index,
    indexWeightShare,
    level,
    dimensions,
    items,
    scenarios,
    calibration,
    critical,
    recommendations,
    modules: {
      priority: ofTier(Tier.priority),
      recommended: ofTier(Tier.recommended),
      optional: ofTier(Tier.optional),
    },
  };
}
