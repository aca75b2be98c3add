import { StatementValidationError } from './validation/statement-validation-error.ts';
import { validateStatement } from './validation/validate-statement.ts';
import { isTimestamp, isUuid } from './validation/xapi-formats.ts';

/** One problem: where (a JSONPath) and what. */
export interface StatementFailure {
  path: string;
  message: string;
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Structure of a statement as DLIS sends it, valid under both xAPI 1.0.3 and 2.0: `validateStatement()` under
 * 1.0.3 (the stricter data model: no contextAgents/contextGroups, version 1.0.x), plus what a sender owes and an
 * LRS need not check: a UUID `id` made by the sender (so retries are idempotent), a `timestamp` with a time zone,
 * and context activities as arrays (the form 2.0 returns). Returns the first data-model problem, or the sender
 * rules broken (empty when none); paths start at `$`.
 */
export function validateStatementStructure(statement: unknown): StatementFailure[] {
  try {
    validateStatement(statement, '1.0.3', '$');
  } catch (error) {
    if (error instanceof StatementValidationError) return [{ path: error.path, message: error.detail }];
    throw error;
  }
  const st = statement as Obj;
  const out: StatementFailure[] = [];
  if (!isUuid(st.id)) out.push({ path: '$.id', message: 'is required: a UUID made by the sender.' });
  if (!isTimestamp(st.timestamp) || !/(Z|[+-]\d{2}(:?\d{2})?)$/i.test(st.timestamp)) {
    out.push({
      path: '$.timestamp',
      message: 'is required: an ISO 8601 date-time with a time zone (2026-11-28T10:00:00.000Z).',
    });
  }
  const ca = isObj(st.context) ? st.context.contextActivities : undefined;
  if (isObj(ca)) {
    for (const [key, list] of Object.entries(ca)) {
      if (!Array.isArray(list)) {
        out.push({
          path: `$.context.contextActivities.${key}`,
          message: 'must be an array (2.0 returns arrays; send them so that both versions agree).',
        });
      }
    }
  }
  return out;
}
