import { randomUUID } from 'node:crypto';
import { prepareStatement, withStored } from '@dlis/lrs';
import type { PreparedStatement } from '@dlis/lrs';
import type { JsonObject } from '@dlis/xapi-profile';

export const VERBS = {
  attempted: 'http://adlnet.gov/expapi/verbs/attempted',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  voided: 'http://adlnet.gov/expapi/verbs/voided',
} as const;

/** A small valid statement; `overrides` replace top-level properties. */
export function statement(overrides: JsonObject = {}): JsonObject {
  return {
    id: randomUUID(),
    actor: { objectType: 'Agent', account: { homePage: 'https://dlis.example', name: 'learner-1' } },
    verb: { id: VERBS.attempted, display: { 'en-US': 'attempted', fr: 'a tenté' } },
    object: { objectType: 'Activity', id: 'https://dlis.example/activities/agility' },
    ...overrides,
  };
}

export const agent = (name: string): JsonObject => ({
  objectType: 'Agent',
  account: { homePage: 'https://dlis.example', name },
});

const AUTHORITY = {
  objectType: 'Agent',
  account: { homePage: 'http://localhost/dlis-lrs', name: 'test-key' },
};

let clock = Date.parse('2026-01-01T00:00:00Z');

/** Prepares statements for a store with strictly increasing stored timestamps. */
export function prepared(...statements: JsonObject[]): PreparedStatement[] {
  return statements.map((st) => {
    clock += 1000;
    const p = prepareStatement(st, {
      id: String(st.id ?? randomUUID()),
      authority: AUTHORITY,
      version: '1.0.0',
    });
    return withStored(p, new Date(clock).toISOString());
  });
}
