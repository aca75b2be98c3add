import { expect } from 'vitest';
import {
  CategoryIri,
  ContextExtensionIri,
  validateStatementAgainstProfile,
  VerbIri,
  type Statement,
  type VerbName,
} from '@dlis/xapi-profile';
import { independentProblems } from './independent-validator.ts';
import type { TestLrsServer } from './lrs-server.ts';

const VERB_NAMES = new Map(Object.entries(VerbIri).map(([name, iri]) => [iri as string, name as VerbName]));

/** The DLIS verb name of a statement (`initialized`, `answered`, …), or its IRI when it is not one of ours. */
export function verbOf(statement: Statement): string {
  return VERB_NAMES.get(statement.verb.id) ?? statement.verb.id;
}

/** Ids of the category context activities of a statement. */
export function categoriesOf(statement: Statement): string[] {
  const category = statement.context?.contextActivities?.category;
  return (Array.isArray(category) ? category : category ? [category] : []).map((a) => a.id);
}

export function sessionIdOf(statement: Statement): unknown {
  return statement.context?.extensions?.[ContextExtensionIri.sessionId];
}

export const CMI5_CATEGORIES = { cmi5: CategoryIri.cmi5, moveOn: CategoryIri.moveOn };

/**
 * The statements the LRS holds (of one registration, when given), read once a `terminated` statement is among
 * them: the session has ended and everything before it has arrived. Fails after 20 s.
 */
export async function statementsOfEndedSession(
  lrs: Pick<TestLrsServer, 'statements'>,
  query: { registration?: string } = {},
): Promise<Statement[]> {
  let statements: Statement[] = [];
  await expect
    .poll(
      async () => {
        statements = await lrs.statements(query);
        return statements.some((s) => verbOf(s) === 'terminated');
      },
      { timeout: 120_000 },
    )
    .toBe(true);
  return statements;
}

/**
 * Every statement validates against the DLIS profile's templates AND against Learning Locker's independent xAPI
 * validator; failures are reported per statement (verb and id) so that a failing run says which one.
 */
export function expectValidStatements(statements: readonly Statement[]): void {
  const problems: string[] = [];
  for (const statement of statements) {
    // The LRS adds `stored`, `authority` and `version`: validate what the player sent.
    const {
      stored: _stored,
      authority: _authority,
      version: _version,
      ...sent
    } = statement as Statement & {
      stored?: string;
      authority?: unknown;
      version?: string;
    };
    const profile = validateStatementAgainstProfile(sent);
    if (!profile.valid) {
      problems.push(`${verbOf(statement)} ${statement.id}: profile: ${JSON.stringify(profile.failures)}`);
    }
    const independent = independentProblems(statement);
    if (independent.length > 0)
      problems.push(`${verbOf(statement)} ${statement.id}: ${independent.join('; ')}`);
  }
  expect(problems).toEqual([]);
}

/** Timestamps never go back in stored order: the LRS received the statements in the order they happened. */
export function expectInTimestampOrder(statements: readonly Statement[]): void {
  const times = statements.map((s) => Date.parse(s.timestamp));
  const sorted = [...times].sort((a, b) => a - b);
  expect(times).toEqual(sorted);
}
