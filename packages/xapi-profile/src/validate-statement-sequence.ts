import { dlisProfile } from './dlis-profile.ts';
import { ContextExtensionIri } from './iris.ts';
import type { Pattern, ProfileDocument } from './profile-document.ts';
import { validateStatementAgainstProfile } from './validate-statement-against-profile.ts';

/**
 * How one group of statements fared against the primary patterns (xAPI Profiles 1.0, Part Three 2.2 `matches`):
 * 'success' every statement matched; 'partial' the statements stop in the middle of a pattern (a session not
 * ended yet, or whose last statements are still queued); 'failure' a statement is out of place or invalid.
 */
export type PatternOutcome = 'success' | 'partial' | 'failure';

export interface SessionPatternCheck {
  registration: string;
  /** The session id context extension (`ContextExtensionIri.sessionId`): one pattern instance per session. */
  sessionId: string;
  outcome: PatternOutcome;
  /** Verbs (last IRI segment) in timestamp order, for the message. */
  verbs: string[];
  /** What went wrong, for 'partial' and 'failure'. */
  problem?: string;
}

export interface SequenceValidation {
  /** True when every group matched a primary pattern completely (`partial` counts as not valid). */
  valid: boolean;
  sessions: SessionPatternCheck[];
}

type Obj = Record<string, unknown>;
type Tagged = { statement: Obj; templates: string[]; verb: string };
type Matched = [PatternOutcome, Tagged[]];

/**
 * Checks statements against the patterns of a profile (the DLIS one by default), per xAPI Profiles 1.0 Part
 * Three 2.2 ("Pattern Validation", `follows` and `matches`: greedy, no backtracking). Statements are grouped by
 * registration and, within it, by the DLIS session id extension (the DLIS primary pattern describes one
 * session; the session id plays the part of a subregistration), then ordered by timestamp (ties keep the
 * given order). Each statement must first match exactly one Statement Template and follow its rules.
 */
export function validateStatementSequence(
  statements: readonly unknown[],
  profile: ProfileDocument = dlisProfile,
): SequenceValidation {
  const groups = new Map<
    string,
    { registration: string; sessionId: string; items: Tagged[]; bad: string[] }
  >();
  statements.forEach((raw, index) => {
    const statement = (raw ?? {}) as Obj;
    const context = (statement['context'] ?? {}) as Obj;
    const registration = String(context['registration'] ?? '');
    const extensions = (context['extensions'] ?? {}) as Obj;
    const sessionId = String(extensions[ContextExtensionIri.sessionId] ?? '');
    const key = `${registration} ${sessionId}`;
    const group = groups.get(key) ?? { registration, sessionId, items: [], bad: [] };
    groups.set(key, group);
    const check = validateStatementAgainstProfile(statement, profile);
    const verb = verbName(statement);
    if (!check.valid) {
      group.bad.push(`statement ${index} (${verb}): ${check.failures[0]?.message ?? 'invalid'}`);
    }
    group.items.push({ statement, templates: check.matches, verb });
  });
  const byId = new Map(profile.patterns.map((p) => [p.id, p]));
  const primaries = profile.patterns.filter((p) => p.primary);
  const sessions: SessionPatternCheck[] = [];
  for (const group of groups.values()) {
    const ordered = group.items
      .map((item, i) => ({ item, i, t: Date.parse(String(item.statement['timestamp'] ?? '')) }))
      .sort((a, b) => (a.t === b.t || Number.isNaN(a.t - b.t) ? a.i - b.i : a.t - b.t))
      .map((x) => x.item);
    const verbs = ordered.map((x) => x.verb);
    const base = { registration: group.registration, sessionId: group.sessionId, verbs };
    if (group.bad.length > 0) {
      sessions.push({ ...base, outcome: 'failure', problem: group.bad.join('; ') });
      continue;
    }
    let best: SessionPatternCheck = {
      ...base,
      outcome: 'failure',
      problem: 'the profile has no primary pattern',
    };
    for (const pattern of primaries) {
      const [outcome, rest] = matches(ordered, pattern.id, byId);
      if (outcome === 'success' && rest.length === 0) {
        best = { ...base, outcome: 'success' };
        break;
      }
      if (outcome === 'partial' && best.outcome === 'failure') {
        best = { ...base, outcome: 'partial', problem: `the statements end inside ${pattern.id}` };
      } else if (best.outcome === 'failure') {
        const at = firstMisfit(ordered, pattern.id, byId);
        best = {
          ...base,
          outcome: 'failure',
          problem: `statement ${at} in timestamp order (${verbs[at] ?? '?'}) does not fit ${pattern.id}`,
        };
      }
    }
    sessions.push(best);
  }
  return { valid: sessions.every((s) => s.outcome === 'success'), sessions };
}

/** `matches` of xAPI Profiles 1.0 Part Three 2.2, for a template id or a pattern id. */
function matches(statements: Tagged[], element: string, patterns: Map<string, Pattern>): Matched {
  const pattern = patterns.get(element);
  if (!pattern) {
    if (statements.length === 0) return ['partial', []];
    return statements[0]?.templates.includes(element)
      ? ['success', statements.slice(1)]
      : ['failure', statements];
  }
  if (pattern.sequence) {
    let next = statements;
    for (const part of pattern.sequence) {
      const [outcome, rest] = matches(next, part, patterns);
      if (outcome === 'failure') return ['failure', statements];
      if (outcome === 'partial') return ['partial', []];
      next = rest;
    }
    return ['success', next];
  }
  if (pattern.alternates) {
    let result: PatternOutcome = 'failure';
    let next = statements;
    for (const part of pattern.alternates) {
      const [outcome, rest] = matches(statements, part, patterns);
      if (outcome === 'success') {
        // Greedy: the alternate that consumes the most statements wins.
        if (result !== 'success' || rest.length < next.length) next = rest;
        result = 'success';
      }
      if (outcome === 'partial' && result === 'failure') result = 'partial';
    }
    return result === 'partial' ? ['partial', []] : [result, next];
  }
  if (pattern.oneOrMore !== undefined) {
    let result: PatternOutcome = 'failure';
    let last = statements;
    for (;;) {
      const [outcome, rest] = matches(last, pattern.oneOrMore, patterns);
      if (outcome === 'success') result = 'success';
      else if (result === 'failure' && outcome === 'partial') return ['partial', []];
      else return outcome === 'partial' && last.length > 0 ? ['partial', last] : [result, last];
      if (rest.length === last.length) return ['success', rest];
      last = rest;
    }
  }
  if (pattern.zeroOrMore !== undefined) {
    let last = statements;
    for (;;) {
      const [outcome, rest] = matches(last, pattern.zeroOrMore, patterns);
      if (outcome === 'failure') return ['success', last];
      if (outcome === 'partial' && rest.length > 0) return ['partial', rest];
      if (rest.length === last.length) return ['success', rest];
      last = rest;
    }
  }
  if (pattern.optional !== undefined) {
    if (statements.length === 0) return ['success', []];
    const [outcome, rest] = matches(statements, pattern.optional, patterns);
    return outcome === 'failure' ? ['success', statements] : [outcome, rest];
  }
  return ['failure', statements];
}

/**
 * The index of the first statement that does not fit: the shortest prefix the pattern rejects (the `matches`
 * algorithm returns the original statements on failure, so it does not say where).
 */
function firstMisfit(statements: Tagged[], pattern: string, patterns: Map<string, Pattern>): number {
  for (let k = 1; k <= statements.length; k++) {
    const [outcome, rest] = matches(statements.slice(0, k), pattern, patterns);
    if (outcome === 'failure' || (outcome === 'success' && rest.length > 0)) return k - 1;
  }
  return statements.length;
}

function verbName(statement: Obj): string {
  const verb = statement['verb'] as { id?: unknown } | undefined;
  return (
    String(verb?.id ?? '')
      .split('/')
      .pop() ?? ''
  );
}
