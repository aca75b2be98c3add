import {
  activityIri,
  buildCompleted,
  buildExperiencedPage,
  buildExperiencedProcess,
  buildFailed,
  buildInitialized,
  buildPassed,
  buildProgressed,
  buildQuestionAnswered,
  buildQuestionnaireCompleted,
  buildQuestionnaireItemAnswered,
  buildResumed,
  buildScenarioDecision,
  buildSuspended,
  buildTerminated,
  courseActivityIri,
  createActor,
  type RandomSource,
  type Statement,
  type StatementContext,
  type TemplateName,
} from '../../src/index.ts';

/** A deterministic random source (xorshift32), so statement ids are the same on every run. */
export function seededRandom(seed = 0x2545f491): RandomSource {
  let x = seed >>> 0 || 1;
  return (bytes) => {
    for (let i = 0; i < bytes.length; i++) {
      x ^= x << 13;
      x >>>= 0;
      x ^= x >>> 17;
      x ^= x << 5;
      x >>>= 0;
      bytes[i] = x & 0xff;
    }
    return bytes;
  };
}

export const COURSE = courseActivityIri('digital-safety');
export const AT = new Date('2026-11-28T10:00:00.000Z');

export function context(overrides: Partial<StatementContext> = {}): StatementContext {
  return {
    actor: createActor({ homePage: 'https://lms.example.org', name: 'learner-4711' }),
    registration: 'a3a5a1b2-7c4e-4f1e-9d3b-2b1c0e7f6a55',
    sessionId: '0f5e4d3c-2b1a-4987-a654-3210fedcba98',
    course: { id: COURSE, name: { en: 'Digital safety', fr: 'Sécurité numérique' }, version: '1.2.0' },
    language: 'fr',
    platform: 'DLIS player 0.1.0',
    random: seededRandom(),
    ...overrides,
  };
}

/** One statement from each builder, keyed by the template it must match. */
export function everyStatement(ctx: StatementContext = context()): Record<TemplateName, Statement> {
  const page = activityIri.page(COURSE, 'basics');
  return {
    initialized: buildInitialized(ctx, { timestamp: AT }),
    resumed: buildResumed(ctx, { timestamp: AT }),
    experiencedPage: buildExperiencedPage(ctx, {
      timestamp: AT,
      pageActivityId: page,
      name: { fr: 'Les bases' },
      durationMs: 42_000,
    }),
    experiencedProcess: buildExperiencedProcess(ctx, {
      timestamp: AT,
      blockActivityId: activityIri.block(COURSE, 'basics', 'report-steps'),
      name: { fr: 'Signaler un compte piraté' },
      page: { activityId: page, name: { fr: 'Les bases' } },
    }),
    progressed: buildProgressed(ctx, { timestamp: AT, measure: 0.5 }),
    answeredQuestion: buildQuestionAnswered(ctx, {
      timestamp: AT,
      activityId: activityIri.question(COURSE, 'q-safe-password'),
      interactionType: 'choice',
      name: { fr: 'Quel mot de passe est le plus sûr ?' },
      choices: [
        { id: 'long', description: { fr: 'Une longue phrase' } },
        { id: 'short', description: { fr: 'Un mot court' } },
        { id: 'birthday', description: { fr: 'Ma date de naissance' } },
      ],
      correctResponsesPattern: ['long'],
      response: 'short',
      success: false,
      score: { raw: 0, min: 0, max: 1, scaled: 0 },
      durationMs: 12_340,
      page: { activityId: page, name: { fr: 'Les bases' } },
    }),
    answeredScenarioDecision: buildScenarioDecision(ctx, {
      timestamp: AT,
      activityId: activityIri.situation(COURSE, 'sc-call', 'bank-calls'),
      interactionType: 'choice',
      name: { fr: 'La « banque » appelle et demande un code.' },
      choices: [{ id: 'hang-up' }, { id: 'give-code' }, { id: 'call-bank' }],
      correctResponsesPattern: ['hang-up', 'call-bank'],
      response: 'hang-up',
      success: true,
      durationMs: 8_000,
      scenario: { activityId: activityIri.scenario(COURSE, 'sc-call'), name: { fr: 'Un appel suspect' } },
      run: 1,
      step: 2,
    }),
    completedQuestionnaire: buildQuestionnaireCompleted(ctx, {
      timestamp: AT,
      durationMs: 600_000,
      questionnaireActivityId: activityIri.questionnaire(COURSE, 'agility'),
      name: { fr: "Indice d'agilité numérique" },
      index: 57.3,
      level: 3,
      dimensions: { D1: 62.5, D2: null, D3: 50 },
      model: { id: 'dlis-agility', version: '1.0.0' },
      researchConsent: true,
      background: { Q1: 'FR', Q2: 'student' },
    }),
    answeredQuestionnaireItem: buildQuestionnaireItemAnswered(ctx, {
      timestamp: AT,
      activityId: activityIri.questionnaireItem(COURSE, 'agility', '2.3'),
      interactionType: 'likert',
      name: { fr: 'Je sais créer un compte en ligne' },
      scale: [
        { id: '1', description: { fr: 'Je ne sais pas le faire' } },
        { id: '5', description: { fr: 'Je peux guider' } },
      ],
      response: '4',
      durationMs: 9_000,
      questionnaire: {
        activityId: activityIri.questionnaire(COURSE, 'agility'),
        name: { fr: "Indice d'agilité numérique" },
      },
    }),
    completed: buildCompleted(ctx, { timestamp: AT, durationMs: 754_000 }),
    passed: buildPassed(ctx, {
      timestamp: AT,
      durationMs: 754_000,
      score: { raw: 8, min: 0, max: 10, scaled: 0.8 },
    }),
    failed: buildFailed(ctx, {
      timestamp: AT,
      durationMs: 754_000,
      score: { raw: 4, min: 0, max: 10, scaled: 0.4 },
    }),
    suspended: buildSuspended(ctx, { timestamp: AT, sessionDurationMs: 3_723_450 }),
    terminated: buildTerminated(ctx, { timestamp: AT, sessionDurationMs: 3_723_450 }),
  };
}
