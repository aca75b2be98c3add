import { dlisProfile } from './dlis-profile.ts';
import { evaluateJsonPath } from './json-path.ts';
import type { ProfileDocument, StatementTemplate, StatementTemplateRule } from './profile-document.ts';
import { validateStatementStructure, type StatementFailure } from './validate-statement-structure.ts';

/** The outcome of `validateStatementAgainstProfile()`. */
export interface ProfileValidation {
  /** True when the statement is well formed, matches exactly one template and follows all its rules. */
  valid: boolean;
  /** Id of the template whose determining properties the statement has (when exactly one). */
  template?: string;
  /** Every template whose determining properties match (more than one is a profile bug). */
  matches: string[];
  /** Structural problems, then rule failures: a JSONPath and a message each. */
  failures: StatementFailure[];
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const CONTEXT_KEYS = {
  contextParentActivityType: 'parent',
  contextGroupingActivityType: 'grouping',
  contextCategoryActivityType: 'category',
  contextOtherActivityType: 'other',
} as const;

/**
 * Checks a statement against a profile (the DLIS profile by default): basic xAPI structure, then finds the
 * Statement Template whose determining properties it has (verb, object activity type, context activity types;
 * xAPI Profiles 1.0, "Statement Templates") and applies that template's rules (location, selector, presence,
 * any, all, none). Single context activities are normalised to arrays first, as the spec requires.
 */
export function validateStatementAgainstProfile(
  statement: unknown,
  profile: ProfileDocument = dlisProfile,
): ProfileValidation {
  const failures = validateStatementStructure(statement);
  const normalised = normalise(statement);
  const matches = profile.templates.filter((t) => hasDeterminingProperties(normalised, t));
  if (matches.length === 0) {
    failures.push({
      path: '$',
      message: `The statement matches no Statement Template of the profile ${profile.id} (verb, object type and context activity types).`,
    });
    return { valid: false, matches: [], failures };
  }
  if (matches.length > 1) {
    failures.push({
      path: '$',
      message: `The statement matches ${matches.length} templates (${matches.map((t) => t.id).join(', ')}); a profile statement must match one.`,
    });
    return { valid: false, matches: matches.map((t) => t.id), failures };
  }
  const template = matches[0] as StatementTemplate;
  for (const rule of template.rules ?? []) failures.push(...applyRule(normalised, rule));
  return { valid: failures.length === 0, template: template.id, matches: [template.id], failures };
}

function hasDeterminingProperties(statement: unknown, t: StatementTemplate): boolean {
  if (!isObj(statement)) return false;
  const verb = isObj(statement.verb) ? statement.verb.id : undefined;
  if (t.verb !== undefined && verb !== t.verb) return false;
  if (
    t.objectActivityType !== undefined &&
    evaluateJsonPath(statement, '$.object.definition.type')[0] !== t.objectActivityType
  ) {
    return false;
  }
  for (const [prop, key] of Object.entries(CONTEXT_KEYS) as [keyof typeof CONTEXT_KEYS, string][]) {
    const wanted = t[prop];
    if (wanted === undefined) continue;
    const types = evaluateJsonPath(statement, `$.context.contextActivities.${key}[*].definition.type`);
    if (!wanted.every((type) => types.includes(type))) return false;
  }
  return true;
}

/** One rule (xAPI Profiles 1.0, "Statement Template Rules"); `null` and selector misses are unmatchable values. */
function applyRule(statement: unknown, rule: StatementTemplateRule): StatementFailure[] {
  const path = rule.selector ? `${rule.location} ${rule.selector}` : rule.location;
  const found = evaluateJsonPath(statement, rule.location);
  const values: unknown[] = rule.selector
    ? found.flatMap((node) => {
        const sel = evaluateJsonPath(node, rule.selector as string);
        return sel.length > 0 ? sel : [undefined];
      })
    : found;
  const matchable = values.filter((x) => x !== undefined && x !== null);
  const out: StatementFailure[] = [];
  if (rule.presence === 'included' && (matchable.length === 0 || matchable.length < values.length)) {
    out.push({ path, message: `${path} is required (presence: included) but is missing or null.` });
    return out;
  }
  if (rule.presence === 'excluded' && values.length > 0) {
    out.push({ path, message: `${path} must be absent (presence: excluded).` });
    return out;
  }
  if (rule.presence === 'recommended' && values.length === 0) return out;
  const shown = JSON.stringify(matchable);
  if (rule.any && !matchable.some((x) => rule.any?.some((y) => same(x, y)))) {
    out.push({
      path,
      message: `${path} must hold at least one of ${JSON.stringify(rule.any)}; found ${shown}.`,
    });
  }
  if (
    rule.all &&
    (values.length === 0 ||
      matchable.length < values.length ||
      !matchable.every((x) => rule.all?.some((y) => same(x, y))))
  ) {
    out.push({
      path,
      message: `${path} must hold only values of ${JSON.stringify(rule.all)}; found ${shown}.`,
    });
  }
  if (rule.none && matchable.some((x) => rule.none?.some((y) => same(x, y)))) {
    out.push({ path, message: `${path} must not hold any of ${JSON.stringify(rule.none)}; found ${shown}.` });
  }
  return out;
}

/** Structural equality of JSON values (key order ignored). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => same((a as Obj)[k], (b as Obj)[k]));
}

/** A copy with single context activities turned into one-element arrays (xAPI 1.0.3 §2.4.6.2). */
function normalise(statement: unknown): unknown {
  if (!isObj(statement) || !isObj(statement.context) || !isObj(statement.context.contextActivities))
    return statement;
  const ca = Object.fromEntries(
    Object.entries(statement.context.contextActivities).map(([k, v]) => [k, Array.isArray(v) ? v : [v]]),
  );
  return { ...statement, context: { ...statement.context, contextActivities: ca } };
}
