import type { StatementChecker } from './statement-checker.ts';

const INTERACTION_TYPES = [
  'true-false',
  'choice',
  'fill-in',
  'long-fill-in',
  'matching',
  'performance',
  'sequencing',
  'likert',
  'numeric',
  'other',
] as const;

const COMPONENT_LISTS = ['choices', 'scale', 'source', 'target', 'steps'] as const;
// Built once, not per definition checked.
const INTERACTION_KEYS = ['correctResponsesPattern', ...COMPONENT_LISTS];
const DEFINITION_KEYS = [
  'name',
  'description',
  'type',
  'moreInfo',
  'extensions',
  'interactionType',
  ...INTERACTION_KEYS,
];

/** An Activity object (1.0.3 Part Two §2.4.4.1): id IRI, optional definition with interaction properties. */
export function validateActivity(c: StatementChecker, value: unknown, path: string): void {
  const activity = c.object(value, path);
  c.keys(activity, path, ['objectType', 'id', 'definition']);
  if (activity.objectType !== undefined && activity.objectType !== 'Activity') {
    c.fail(`${path}.objectType`, 'must be "Activity" here.');
  }
  c.iri(c.required(activity, path, 'id'), `${path}.id`);
  if (activity.definition !== undefined) validateDefinition(c, activity.definition, `${path}.definition`);
}

function validateDefinition(c: StatementChecker, value: unknown, path: string): void {
  const def = c.object(value, path);
  c.keys(def, path, DEFINITION_KEYS);
  if (def.name !== undefined) c.languageMap(def.name, `${path}.name`);
  if (def.description !== undefined) c.languageMap(def.description, `${path}.description`);
  if (def.type !== undefined) c.iri(def.type, `${path}.type`);
  if (def.moreInfo !== undefined) c.iri(def.moreInfo, `${path}.moreInfo`);
  if (def.extensions !== undefined) c.extensions(def.extensions, `${path}.extensions`);
  if (def.interactionType !== undefined) {
    const type = c.string(def.interactionType, `${path}.interactionType`);
    if (!(INTERACTION_TYPES as readonly string[]).includes(type)) {
      c.fail(`${path}.interactionType`, `must be one of ${INTERACTION_TYPES.join(', ')}.`);
    }
  }
  if (def.correctResponsesPattern !== undefined) {
    c.array(def.correctResponsesPattern, `${path}.correctResponsesPattern`).forEach((p, i) =>
      c.string(p, `${path}.correctResponsesPattern[${i}]`),
    );
  }
  // 1.0.3 Part Two §2.4.4.1: interaction properties are only meaningful with an interactionType.
  for (const key of INTERACTION_KEYS) {
    if (def[key] !== undefined && def.interactionType === undefined) {
      c.fail(`${path}.interactionType`, `is required when ${key} is used.`);
    }
  }
  for (const list of COMPONENT_LISTS) {
    if (def[list] === undefined) continue;
    const seen = new Set<string>();
    c.array(def[list], `${path}.${list}`).forEach((item, i) => {
      const at = `${path}.${list}[${i}]`;
      const component = c.object(item, at);
      c.keys(component, at, ['id', 'description']);
      const id = c.string(c.required(component, at, 'id'), `${at}.id`);
      // 1.0.3 Part Two §2.4.4.1 (Interaction Components): ids within one list MUST NOT repeat.
      if (seen.has(id)) c.fail(`${at}.id`, `"${id}" is used twice in ${list}; component ids must be unique.`);
      seen.add(id);
      if (component.description !== undefined) c.languageMap(component.description, `${at}.description`);
    });
  }
}
