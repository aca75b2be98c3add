import { describe, expect, it } from 'vitest';
import { validateStatementSequence, type Statement, type TemplateName } from '../src/index.ts';
import { AT, context, everyStatement } from './support/fixtures.ts';

/** The statements of one session, in this order, one second apart (timestamps order them). */
function session(names: TemplateName[], ctx = context()): Statement[] {
  const all = everyStatement(ctx);
  return names.map((name, i) => ({
    ...all[name],
    id: `${all[name].id.slice(0, 30)}${String(i).padStart(6, '0')}`,
    timestamp: new Date(AT.getTime() + i * 1000).toISOString(),
  }));
}

const verbsOf = (names: TemplateName[]) => validateStatementSequence(session(names)).sessions[0];

describe('validateStatementSequence: the profile patterns (xAPI Profiles Part Three 2.2)', () => {
  it('accepts the sessions the player sends: plain, resumed + suspended, review, learning in any order', () => {
    for (const names of [
      ['initialized', 'terminated'],
      ['initialized', 'experiencedPage', 'progressed', 'answeredQuestion', 'completed', 'terminated'],
      ['initialized', 'resumed', 'experiencedPage', 'progressed', 'suspended', 'terminated'],
      ['initialized', 'experiencedPage', 'experiencedProcess', 'progressed', 'terminated'],
      [
        'initialized',
        'answeredScenarioDecision',
        'answeredQuestionnaireItem',
        'completedQuestionnaire',
        'passed',
        'failed',
        'completed',
        'experiencedPage',
        'terminated',
      ],
    ] as TemplateName[][]) {
      expect(verbsOf(names)).toMatchObject({ outcome: 'success' });
    }
  });

  it('orders by timestamp, not by array order', () => {
    const statements = session(['initialized', 'experiencedPage', 'terminated']).reverse();
    expect(validateStatementSequence(statements).valid).toBe(true);
  });

  it('rejects statements out of place: before initialized, resumed later, after terminated, suspended twice', () => {
    const cases: [TemplateName[], string][] = [
      [['experiencedPage', 'initialized', 'terminated'], 'statement 0 in timestamp order (experienced)'],
      [
        ['initialized', 'experiencedPage', 'resumed', 'terminated'],
        'statement 2 in timestamp order (resumed)',
      ],
      [['initialized', 'terminated', 'experiencedPage'], 'statement 2 in timestamp order (experienced)'],
      [['initialized', 'suspended', 'suspended', 'terminated'], 'statement 2 in timestamp order (suspended)'],
    ];
    for (const [names, problem] of cases) {
      const check = verbsOf(names);
      expect(check?.outcome).toBe('failure');
      expect(check?.problem).toContain(problem);
    }
  });

  it('a session not ended yet is partial, and not valid', () => {
    const check = validateStatementSequence(session(['initialized', 'experiencedPage', 'suspended']));
    expect(check.valid).toBe(false);
    expect(check.sessions[0]?.outcome).toBe('partial');
  });

  it('checks each registration and session apart; a statement no template matches fails its session', () => {
    const other = context({ sessionId: '11111111-2222-4333-8444-555555555555' });
    const a = session(['initialized', 'suspended', 'terminated']);
    const b = session(['initialized', 'resumed', 'terminated'], other);
    expect(validateStatementSequence([...a, ...b]).sessions.map((s) => s.outcome)).toEqual([
      'success',
      'success',
    ]);
    const odd = { ...b[1], verb: { id: 'http://adlnet.gov/expapi/verbs/launched' } };
    const check = validateStatementSequence([...a, b[0], odd, b[2]]);
    expect(check.valid).toBe(false);
    expect(check.sessions[1]).toMatchObject({ outcome: 'failure' });
    expect(check.sessions[1]?.problem).toContain('matches no Statement Template');
  });
});
