import { describe, expect, test } from 'vitest';
import { itemAnswer, RespondentCollector, pseudonym } from '@dlis/analytics';
import { dlisAgilityModel } from '@dlis/agility';
import { workedExampleAnswers } from '../../agility/test/support/worked-example.ts';
import { respondentStatements } from './support/questionnaire-statements.ts';

const worked = workedExampleAnswers as Record<string, number | string>;

function collect(statements: object[]) {
  const collector = new RespondentCollector(dlisAgilityModel);
  for (const s of statements) collector.add(s as never);
  return collector.finish();
}

describe('RespondentCollector', () => {
  test('rebuilds the answers from the answered statements and recomputes the worked example (58.25, level 2)', () => {
    const statements = respondentStatements({
      learner: 'alice',
      answers: worked,
      background: { Q1: 'FR', Q4: 'social-worker' },
    });
    const { respondents, disagreements, counts } = collect(statements);
    expect(disagreements).toEqual([]);
    expect(counts).toMatchObject({ completions: 1, actors: 1, withoutConsent: 0, unscorable: 0 });
    const [r] = respondents;
    expect(r?.result.index).toBe(58.25);
    expect(r?.result.level).toBe(2);
    expect(r?.background).toEqual({ Q1: 'FR', Q4: 'social-worker' });
    expect(itemAnswer(r!.result, 0)).toBe(worked['1.1']);
    expect(dlisAgilityModel.items[0]?.id).toBe('1.1');
    expect(r?.result.scenarioAnswers[dlisAgilityModel.scenarios.findIndex((x) => x.id === 'D1-S1')]).toBe(
      'A',
    );
    // pseudonymous: derived from the registration, never the account name
    const registration = (statements[0]?.context as { registration: string }).registration;
    expect(r?.id).toBe(pseudonym(registration));
    expect(r?.id).toMatch(/^r-[0-9a-f]{16}$/);
    expect(JSON.stringify(r)).not.toContain('alice');
  });

  test('statement order does not matter', () => {
    const statements = respondentStatements({ learner: 'bob', answers: worked });
    expect(collect([...statements].reverse()).respondents[0]?.result.index).toBe(58.25);
  });

  test('only respondents whose latest completion gave research consent are kept', () => {
    const early = new Date(Date.UTC(2026, 9, 1));
    const late = new Date(Date.UTC(2026, 10, 1));
    const statements = [
      ...respondentStatements({ learner: 'carol', answers: worked, consent: true, completedAt: early }),
      ...respondentStatements({ learner: 'carol', answers: worked, consent: false, completedAt: late }),
      ...respondentStatements({ learner: 'dan', answers: worked, consent: false, background: { Q1: 'BE' } }),
    ];
    const { respondents, counts } = collect(statements);
    expect(respondents).toEqual([]);
    expect(counts.withoutConsent).toBe(2);
    // background is never sent without consent (the builder drops it)
    expect(JSON.stringify(statements)).not.toContain('"BE"');
  });

  test('the latest completion per actor wins, with the answers of its own registration', () => {
    const low = { ...worked, '8.1': 1, '8.3': 1, '8.4': 1 };
    const statements = [
      ...respondentStatements({ learner: 'erin', answers: low, completedAt: new Date(Date.UTC(2026, 9, 1)) }),
      ...respondentStatements({
        learner: 'erin',
        answers: worked,
        completedAt: new Date(Date.UTC(2026, 10, 1)),
      }),
    ];
    const { respondents } = collect(statements);
    expect(respondents).toHaveLength(1);
    expect(respondents[0]?.result.index).toBe(58.25);
  });

  test('an answer sent after the completion is not used', () => {
    const statements = respondentStatements({ learner: 'fay', answers: worked });
    const late = structuredClone(statements[0]!);
    late.timestamp = '2027-01-01T00:00:00.000Z';
    late.result = { ...late.result, response: '1' };
    late.id = '00000000-0000-4000-8000-000000000001';
    expect(collect([...statements, late]).respondents[0]?.result.index).toBe(58.25);
  });

  test('disagreements are counted and listed, never fixed: tampered index, level, dimension, model version', () => {
    const statements = [
      ...respondentStatements({
        learner: 'gus',
        answers: worked,
        reported: {
          index: 90,
          level: 4,
          dimensions: { D1: 70, D2: 65, D3: 45, D4: 60, D5: 70, D6: 40, D7: 55, D8: 99 },
          model: { id: 'dlis-agility-index', version: '0.0.9' },
        },
      }),
      ...respondentStatements({ learner: 'hal', answers: worked, reported: { index: 58.254 } }),
    ];
    const { respondents, disagreements } = collect(statements);
    expect(respondents.map((r) => r.result.index)).toEqual([58.25, 58.25]);
    const gus = respondents.find((r) => disagreements.some((d) => d.respondent === r.id));
    expect(disagreements.map((d) => [d.kind, d.what, d.reported, d.recomputed])).toEqual([
      ['model', '', 'dlis-agility-index 0.0.9', 'dlis-agility-index 0.2.0'],
      ['index', '', '90', '58.25'],
      ['level', '', '4', '2'],
      ['dimension', 'D8', '99', '75'],
    ]);
    expect(disagreements.every((d) => d.respondent === gus?.id)).toBe(true);
  });

  test('answers that cannot be scored leave the respondent out, listed as unscorable', () => {
    const statements = respondentStatements({ learner: 'ida', answers: worked });
    const bad = statements.find((s) => s.object.id.endsWith('/items/D1-S1'))!;
    bad.result = { ...bad.result, response: 'Z' };
    const { respondents, disagreements, counts } = collect(statements);
    expect(respondents).toEqual([]);
    expect(counts.unscorable).toBe(1);
    expect(disagreements[0]).toMatchObject({ kind: 'unscorable' });
    expect(disagreements[0]?.recomputed).toContain('D1-S1');
  });
});
