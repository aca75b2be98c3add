import type { AgilityDefinition } from './agility-definition.ts';
import { AgilityIssueCode, type AgilityIssue } from './agility-error.ts';
import { TOLERANCE } from './tolerance.ts';

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const id of ids) (seen.has(id) ? repeated : seen).add(id);
  return [...repeated];
}

function isShare(value: number, allowZero: boolean): boolean {
  return Number.isFinite(value) && value <= 1 && (allowZero ? value >= 0 : value > 0);
}

/**
 * Checks what the JSON Schema cannot: unique ids, references between entries, weights summing to 1, scales of
 * five points 1..5, a correct option per scenario, increasing level cut-offs. Returns every issue (empty: valid).
 */
export function checkDefinition(definition: AgilityDefinition): AgilityIssue[] {
  const issues: AgilityIssue[] = [];
  const add = (code: AgilityIssue['code'], id: string, message: string): void => {
    issues.push({ code, id, message });
  };
  const { dimensions, items, scenarios, scales, resources, levels, rules } = definition;

  const idLists: [string, readonly string[]][] = [
    ['dimension', dimensions.map((d) => d.id)],
    ['item or scenario', [...items.map((i) => i.id), ...scenarios.map((s) => s.id)]],
    ['scale', scales.map((s) => s.id)],
    ['resource', resources.map((r) => r.id)],
    ['level', levels.map((l) => String(l.id))],
  ];
  for (const [what, ids] of idLists) {
    for (const id of duplicates(ids)) {
      add(
        AgilityIssueCode.duplicateId,
        id,
        `The ${what} id "${id}" is used more than once; ids must be unique.`,
      );
    }
  }

  const dimensionIds = new Set(dimensions.map((d) => d.id));
  const scaleIds = new Set(scales.map((s) => s.id));
  const resourceIds = new Set(resources.map((r) => r.id));
  const missingResource = (id: string, ref: string): void => {
    if (!resourceIds.has(ref)) {
      add(AgilityIssueCode.unknownReference, id, `"${ref}" is not a resource id; add it to resources.`);
    }
  };

  let weightSum = 0;
  for (const d of dimensions) {
    weightSum += d.weight;
    if (!isShare(d.weight, true)) {
      add(AgilityIssueCode.badWeights, d.id, `The weight ${d.weight} is not a fraction in 0..1.`);
    }
    if (!isShare(d.knowledgeShare, true) || d.knowledgeShare === 1) {
      add(
        AgilityIssueCode.badWeights,
        d.id,
        `knowledgeShare ${d.knowledgeShare} must be in 0..1 (1 excluded).`,
      );
    }
    if (!items.some((i) => i.dimension === d.id)) {
      add(
        AgilityIssueCode.emptyDimension,
        d.id,
        'The dimension has no self-assessment item; add at least one.',
      );
    }
    if (d.knowledgeShare > 0 && !scenarios.some((s) => s.dimension === d.id)) {
      add(
        AgilityIssueCode.emptyDimension,
        d.id,
        'knowledgeShare is above 0 but the dimension has no scenario; add one or set knowledgeShare to 0.',
      );
    }
    for (const ref of [...d.modules.primary, ...d.modules.secondary]) missingResource(d.id, ref);
  }
  if (Math.abs(weightSum - 1) > TOLERANCE) {
    add(AgilityIssueCode.badWeights, 'dimensions', `The dimension weights sum to ${weightSum}, not 1.`);
  }

  for (const s of scales) {
    const values = s.points.map((p) => p.value).join(',');
    if (values !== '1,2,3,4,5') {
      add(
        AgilityIssueCode.badScale,
        s.id,
        `A scale has five points valued 1..5 in order; found [${values}].`,
      );
    }
  }

  for (const i of items) {
    if (!dimensionIds.has(i.dimension)) {
      add(AgilityIssueCode.unknownReference, i.id, `The item's dimension "${i.dimension}" does not exist.`);
    }
    if (!scaleIds.has(i.scale)) {
      add(AgilityIssueCode.unknownReference, i.id, `The item's scale "${i.scale}" does not exist.`);
    }
  }

  for (const s of scenarios) {
    if (!dimensionIds.has(s.dimension)) {
      add(
        AgilityIssueCode.unknownReference,
        s.id,
        `The scenario's dimension "${s.dimension}" does not exist.`,
      );
    }
    for (const id of duplicates(s.options.map((o) => o.id))) {
      add(
        AgilityIssueCode.duplicateId,
        s.id,
        `The option id "${id}" is used more than once in this scenario.`,
      );
    }
    if (!s.options.some((o) => o.credit === 100)) {
      add(AgilityIssueCode.badScenario, s.id, 'The scenario has no correct option (credit 100).');
    }
  }

  const first = levels[0];
  if (first === undefined || first.min !== 0) {
    add(AgilityIssueCode.badLevels, 'levels', 'The first level must start at 0.');
  }
  for (let n = 1; n < levels.length; n++) {
    const [previous, current] = [levels[n - 1], levels[n]];
    if (
      previous !== undefined &&
      current !== undefined &&
      !(current.min > previous.min && current.min <= 100)
    ) {
      add(
        AgilityIssueCode.badLevels,
        String(current.id),
        'Level cut-offs must increase strictly and stay ≤ 100.',
      );
    }
  }

  if (!isShare(rules.minAnsweredShare, false) || !isShare(rules.minIndexWeightShare, false)) {
    add(
      AgilityIssueCode.badWeights,
      'rules',
      'minAnsweredShare and minIndexWeightShare must be in 0..1 (0 excluded).',
    );
  }
  if (!(rules.priorityBelow <= rules.recommendedBelow)) {
    add(AgilityIssueCode.badLevels, 'rules', 'priorityBelow must not exceed recommendedBelow.');
  }
  for (const ref of rules.underconfidenceResources) missingResource('rules', ref);
  return issues;
}
