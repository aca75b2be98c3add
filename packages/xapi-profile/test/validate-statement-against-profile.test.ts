import { describe, expect, it } from 'vitest';
import {
  CategoryIri,
  ContextExtensionIri,
  ResultExtensionIri,
  TemplateIri,
  VerbIri,
  validateStatementAgainstProfile,
  type Statement,
  type TemplateName,
} from '@dlis/xapi-profile';
import { everyStatement } from './support/fixtures.ts';

/** A deep copy of one builder's statement, changed by `edit`. */
function mutated(name: TemplateName, edit: (s: Statement & Record<string, unknown>) => void): Statement {
  const copy = structuredClone(everyStatement()[name]) as Statement & Record<string, unknown>;
  edit(copy);
  return copy;
}

function failuresOf(statement: unknown) {
  const result = validateStatementAgainstProfile(statement);
  expect(result.valid).toBe(false);
  return result.failures;
}

describe('validateStatementAgainstProfile', () => {
  it('requires the registration (every template)', () => {
    const s = mutated('initialized', (x) => delete x.context?.registration);
    expect(failuresOf(s)).toEqual([
      {
        path: '$.context.registration',
        message: '$.context.registration is required (presence: included) but is missing or null.',
      },
    ]);
  });

  it('requires the DLIS profile category', () => {
    const s = mutated('experiencedPage', (x) => {
      x.context!.contextActivities!.category = [{ id: 'https://example.org/other-profile' }];
    });
    expect(failuresOf(s)).toEqual([
      {
        path: '$.context.contextActivities.category[*].id',
        message: `$.context.contextActivities.category[*].id must hold at least one of ["${CategoryIri.dlis}"]; found ["https://example.org/other-profile"].`,
      },
    ]);
  });

  it('refuses a result on initialized', () => {
    const s = mutated('initialized', (x) => {
      x.result = { completion: true };
    });
    expect(failuresOf(s)).toEqual([
      { path: '$.result', message: '$.result must be absent (presence: excluded).' },
    ]);
  });

  it('refuses a score or success on completed (cmi5)', () => {
    const s = mutated('completed', (x) => {
      x.result!.success = true;
    });
    expect(failuresOf(s).map((f) => f.path)).toEqual(['$.result.success']);
  });

  it('requires success true on passed and false on failed', () => {
    const passed = mutated('passed', (x) => {
      x.result!.success = false;
    });
    expect(failuresOf(passed)).toEqual([
      {
        path: '$.result.success',
        message: '$.result.success must hold only values of [true]; found [false].',
      },
    ]);
    const failed = mutated('failed', (x) => delete x.result!.success);
    expect(failuresOf(failed).map((f) => f.message)).toEqual([
      '$.result.success is required (presence: included) but is missing or null.',
    ]);
  });

  it('requires durations on answers and session ends', () => {
    for (const name of ['answeredQuestion', 'terminated', 'suspended', 'completed'] as const) {
      const s = mutated(name, (x) => delete x.result!.duration);
      expect(
        failuresOf(s).map((f) => f.path),
        name,
      ).toEqual(['$.result.duration']);
    }
  });

  it('requires the response and a DLIS interaction type on answered questions', () => {
    const s = mutated('answeredQuestion', (x) => {
      delete x.result!.response;
      x.object.definition!.interactionType = 'performance';
    });
    expect(failuresOf(s).map((f) => f.message)).toEqual([
      '$.object.definition.interactionType must hold only values of ["true-false","choice","fill-in","matching","sequencing","likert","numeric"]; found ["performance"].',
      '$.result.response is required (presence: included) but is missing or null.',
    ]);
  });

  it('requires run and step on scenario decisions', () => {
    const s = mutated(
      'answeredScenarioDecision',
      (x) => delete x.context!.extensions![ContextExtensionIri.scenarioStep],
    );
    expect(failuresOf(s).map((f) => f.path)).toEqual([
      `$.context.extensions['${ContextExtensionIri.scenarioStep}']`,
    ]);
  });

  it('requires the dimension scores and the model version on questionnaire results, not the index', () => {
    const s = mutated('completedQuestionnaire', (x) => {
      const ext = x.result!.extensions!;
      ext[ResultExtensionIri.agilityIndex] = null;
      ext[ResultExtensionIri.agilityModel] = { id: 'dlis-agility' };
      delete ext[ResultExtensionIri.agilityDimensions];
    });
    expect(failuresOf(s).map((f) => f.path)).toEqual([
      `$.result.extensions['${ResultExtensionIri.agilityDimensions}']`,
      `$.result.extensions['${ResultExtensionIri.agilityModel}'].version`,
    ]);
  });

  it('refuses the cmi5 category on statements cmi5 does not define', () => {
    const s = mutated('progressed', (x) => {
      x.context!.contextActivities!.category!.push({ id: CategoryIri.cmi5 });
    });
    expect(failuresOf(s)).toEqual([
      {
        path: '$.context.contextActivities.category[*].id',
        message: `$.context.contextActivities.category[*].id must not hold any of ["${CategoryIri.cmi5}","${CategoryIri.moveOn}"]; found ["${CategoryIri.dlis}","${CategoryIri.cmi5}"].`,
      },
    ]);
  });

  it('refuses xAPI 2.0-only context properties', () => {
    const s = mutated('initialized', (x) => {
      (x.context as Record<string, unknown>).contextAgents = [];
    });
    expect(failuresOf(s).map((f) => f.path)).toEqual(['$.context.contextAgents', '$.context.contextAgents']);
  });

  it('names the template matched, and says when none matches', () => {
    expect(validateStatementAgainstProfile(everyStatement().passed).template).toBe(TemplateIri.passed);
    const s = mutated('initialized', (x) => {
      x.verb = { id: 'http://adlnet.gov/expapi/verbs/launched', display: { 'en-US': 'launched' } };
    });
    const result = validateStatementAgainstProfile(s);
    expect(result.template).toBeUndefined();
    expect(result.failures).toEqual([
      {
        path: '$',
        message:
          'The statement matches no Statement Template of the profile https://w3id.org/dlis/xapi/profile (verb, object type and context activity types).',
      },
    ]);
  });

  it('tells a question from a scenario decision by the parent type', () => {
    const s = mutated('answeredScenarioDecision', (x) => {
      x.context!.contextActivities!.parent![0]!.definition!.type =
        'http://adlnet.gov/expapi/activities/lesson';
    });
    const result = validateStatementAgainstProfile(s);
    expect(result.template).toBe(TemplateIri.answeredQuestion);
    expect(result.valid).toBe(true);
    const orphan = mutated('answeredQuestion', (x) => delete x.context!.contextActivities!.parent);
    expect(validateStatementAgainstProfile(orphan).matches).toEqual([]);
  });

  it('normalises a single context activity to an array before the rules, but flags it', () => {
    const s = mutated('completed', (x) => {
      (x.context!.contextActivities as Record<string, unknown>).category =
        x.context!.contextActivities!.category![0];
    });
    const result = validateStatementAgainstProfile(s);
    expect(result.template).toBe(TemplateIri.completed);
    expect(result.failures.map((f) => f.path)).toEqual(['$.context.contextActivities.category']);
  });

  it('checks a statement with the completed verb on a questionnaire against the questionnaire template', () => {
    const s = mutated('completedQuestionnaire', (x) => {
      x.verb.id = VerbIri.completed;
    });
    expect(validateStatementAgainstProfile(s).template).toBe(TemplateIri.completedQuestionnaire);
  });
});
