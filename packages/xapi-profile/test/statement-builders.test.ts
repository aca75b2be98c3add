import { describe, expect, it } from 'vitest';
import {
  CategoryIri,
  ContextExtensionIri,
  TemplateIri,
  buildInitialized,
  buildQuestionnaireCompleted,
  createActor,
  validateStatementAgainstProfile,
  type TemplateName,
} from '@dlis/xapi-profile';
import { AT, COURSE, context, everyStatement } from './support/fixtures.ts';

describe('statement builders', () => {
  const statements = everyStatement();

  it('cover every template of the profile', () => {
    expect(Object.keys(statements).sort()).toEqual(Object.keys(TemplateIri).sort());
  });

  for (const [name, statement] of Object.entries(statements)) {
    it(`${name}: matches its template and follows every rule`, () => {
      const result = validateStatementAgainstProfile(statement);
      expect(result.failures).toEqual([]);
      expect(result.template).toBe(TemplateIri[name as TemplateName]);
      expect(result.valid).toBe(true);
    });
  }

  it('builds the exact initialized statement (pseudonymous actor, arrays, profile category, session id)', () => {
    expect(buildInitialized(context(), { timestamp: AT })).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      actor: { objectType: 'Agent', account: { homePage: 'https://lms.example.org', name: 'learner-4711' } },
      verb: { id: 'http://adlnet.gov/expapi/verbs/initialized', display: { 'en-US': 'initialized' } },
      object: {
        objectType: 'Activity',
        id: COURSE,
        definition: {
          type: 'http://adlnet.gov/expapi/activities/course',
          name: { en: 'Digital safety', fr: 'Sécurité numérique' },
        },
      },
      context: {
        registration: 'a3a5a1b2-7c4e-4f1e-9d3b-2b1c0e7f6a55',
        contextActivities: {
          category: [{ objectType: 'Activity', id: 'https://w3id.org/dlis/xapi/profile/v1.0' }],
        },
        platform: 'DLIS player 0.1.0',
        language: 'fr',
        extensions: {
          'https://w3id.org/xapi/cmi5/context/extensions/sessionid': '0f5e4d3c-2b1a-4987-a654-3210fedcba98',
          'https://w3id.org/dlis/xapi/extensions/course-version': '1.2.0',
        },
      },
      timestamp: '2026-11-28T10:00:00.000Z',
    });
  });

  it('gives every statement its own id, the same for the same random source', () => {
    const ids = Object.values(statements).map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.values(everyStatement()).map((s) => s.id)).toEqual(ids);
  });

  it('sends a name or an e-mail only when the course opts in, with exactly one identifier', () => {
    const account = { homePage: 'https://lms.example.org', name: 'learner-4711' };
    expect(createActor(account)).toEqual({ objectType: 'Agent', account });
    expect(createActor(account, { name: 'Ana' })).toEqual({ objectType: 'Agent', account, name: 'Ana' });
    expect(createActor(account, { email: 'ana@example.org', name: 'Ana' })).toEqual({
      objectType: 'Agent',
      mbox: 'mailto:ana@example.org',
      name: 'Ana',
    });
    const optedIn = everyStatement(context({ actor: createActor(account, { email: 'ana@example.org' }) }));
    expect(validateStatementAgainstProfile(optedIn.passed).valid).toBe(true);
  });

  it('builds the exact experienced-process statement: the block under its page, parent the page, grouping the course', () => {
    const s = statements.experiencedProcess;
    expect(s.verb.id).toBe('http://adlnet.gov/expapi/verbs/experienced');
    expect(s.object).toEqual({
      objectType: 'Activity',
      id: `${COURSE}/pages/basics/blocks/report-steps`,
      definition: {
        type: 'https://w3id.org/dlis/xapi/activity-types/process',
        name: { fr: 'Signaler un compte piraté' },
      },
    });
    expect(s.context?.contextActivities).toEqual({
      parent: [
        {
          objectType: 'Activity',
          id: `${COURSE}/pages/basics`,
          definition: { type: 'http://adlnet.gov/expapi/activities/lesson', name: { fr: 'Les bases' } },
        },
      ],
      grouping: [
        {
          objectType: 'Activity',
          id: COURSE,
          definition: {
            type: 'http://adlnet.gov/expapi/activities/course',
            name: { en: 'Digital safety', fr: 'Sécurité numérique' },
          },
        },
      ],
      category: [{ objectType: 'Activity', id: 'https://w3id.org/dlis/xapi/profile/v1.0' }],
    });
    expect(s.result).toBeUndefined();
  });

  it('tells a page from a process: the same verb, two templates', () => {
    const page = validateStatementAgainstProfile(statements.experiencedPage);
    const process = validateStatementAgainstProfile(statements.experiencedProcess);
    expect(page.matches).toEqual([TemplateIri.experiencedPage]);
    expect(process.matches).toEqual([TemplateIri.experiencedProcess]);
    const withoutPage = structuredClone(statements.experiencedProcess);
    delete withoutPage.context!.contextActivities!.parent;
    expect(validateStatementAgainstProfile(withoutPage).matches).toEqual([]);
  });

  it('puts page and question in context: parent page, grouping course', () => {
    const a = statements.answeredQuestion;
    expect(a.context?.contextActivities?.parent?.[0]?.id).toBe(`${COURSE}/pages/basics`);
    expect(a.context?.contextActivities?.grouping?.[0]?.id).toBe(COURSE);
    expect(a.result).toEqual({
      score: { raw: 0, min: 0, max: 1, scaled: 0 },
      success: false,
      response: 'short',
      duration: 'PT12.34S',
    });
    expect(a.object.definition?.interactionType).toBe('choice');
    expect(a.object.definition?.correctResponsesPattern).toEqual(['long']);
  });

  it('reports the agility result as result extensions and the index as the score', () => {
    expect(statements.completedQuestionnaire.result).toEqual({
      score: { scaled: 0.573, raw: 57.3, min: 0, max: 100 },
      completion: true,
      duration: 'PT10M',
      extensions: {
        'https://w3id.org/dlis/xapi/extensions/agility-index': 57.3,
        'https://w3id.org/dlis/xapi/extensions/agility-level': 3,
        'https://w3id.org/dlis/xapi/extensions/agility-dimensions': { D1: 62.5, D2: null, D3: 50 },
        'https://w3id.org/dlis/xapi/extensions/agility-model': { id: 'dlis-agility', version: '1.0.0' },
      },
    });
  });

  it('sends the background answers only with research consent, and the consent itself always', () => {
    const withConsent = statements.completedQuestionnaire.context?.extensions ?? {};
    expect(withConsent[ContextExtensionIri.researchConsent]).toBe(true);
    expect(withConsent[ContextExtensionIri.agilityBackground]).toEqual({ Q1: 'FR', Q2: 'student' });
    const refused = buildQuestionnaireCompleted(context(), {
      timestamp: AT,
      durationMs: 1000,
      questionnaireActivityId: `${COURSE}/questionnaires/agility`,
      name: { en: 'Agility' },
      index: null,
      level: null,
      dimensions: {},
      model: { id: 'm', version: '1' },
      researchConsent: false,
      background: { Q1: 'FR' },
    });
    const extensions = refused.context?.extensions ?? {};
    expect(extensions[ContextExtensionIri.researchConsent]).toBe(false);
    expect(extensions).not.toHaveProperty([ContextExtensionIri.agilityBackground]);
    expect(refused.result?.score).toBeUndefined();
  });

  it('reports progress as an integer percent and session durations in ISO 8601', () => {
    expect(statements.progressed.result).toEqual({
      extensions: { 'https://w3id.org/xapi/cmi5/result/extensions/progress': 50 },
    });
    expect(statements.terminated.result).toEqual({ duration: 'PT1H2M3.45S' });
  });

  describe('in a cmi5 launch', () => {
    const template = {
      contextActivities: {
        grouping: [{ objectType: 'Activity' as const, id: 'https://publisher.example/au/1' }],
      },
      extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 'stale' },
    };
    const cmi5 = everyStatement(context({ cmi5: { masteryScore: 0.7, contextTemplate: template } }));
    const categories = (name: TemplateName) =>
      cmi5[name].context?.contextActivities?.category?.map((c) => c.id) ?? [];

    it('adds the cmi5 category to cmi5-defined statements only, and moveon to completed/passed/failed', () => {
      expect(categories('initialized')).toEqual([CategoryIri.dlis, CategoryIri.cmi5]);
      expect(categories('terminated')).toEqual([CategoryIri.dlis, CategoryIri.cmi5]);
      for (const name of ['completed', 'passed', 'failed'] as const) {
        expect(categories(name)).toEqual([CategoryIri.dlis, CategoryIri.cmi5, CategoryIri.moveOn]);
      }
      for (const name of [
        'experiencedPage',
        'experiencedProcess',
        'progressed',
        'answeredQuestion',
        'suspended',
        'resumed',
      ] as const) {
        expect(categories(name)).toEqual([CategoryIri.dlis]);
      }
    });

    it('sends the mastery score with passed and failed, and the session id over the template', () => {
      expect(cmi5.passed.context?.extensions?.[ContextExtensionIri.masteryScore]).toBe(0.7);
      expect(cmi5.failed.context?.extensions?.[ContextExtensionIri.masteryScore]).toBe(0.7);
      expect(cmi5.completed.context?.extensions?.[ContextExtensionIri.masteryScore]).toBeUndefined();
      expect(cmi5.initialized.context?.extensions?.[ContextExtensionIri.sessionId]).toBe(
        '0f5e4d3c-2b1a-4987-a654-3210fedcba98',
      );
    });

    it('keeps the context template grouping (publisher id) and stays valid', () => {
      expect(cmi5.answeredQuestion.context?.contextActivities?.grouping?.map((g) => g.id)).toEqual([
        'https://publisher.example/au/1',
        COURSE,
      ]);
      for (const [name, statement] of Object.entries(cmi5)) {
        expect(validateStatementAgainstProfile(statement).failures, name).toEqual([]);
      }
    });
  });
});
