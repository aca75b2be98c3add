import { dlisAgilityModel, scoreQuestionnaire, type AgilityDefinition } from '@dlis/agility';
import {
  activityIri,
  buildQuestionnaireCompleted,
  buildQuestionnaireItemAnswered,
  courseActivityIri,
  createActor,
  uuidV4,
  type RandomSource,
  type Statement,
  type StatementContext,
} from '@dlis/xapi-profile';
// The xAPI profile's deterministic random source (xorshift32): generated statements are the same on every run.
import { seededRandom } from '../../../xapi-profile/test/support/fixtures.ts';

export const COURSE = courseActivityIri('agility-index');
export const QUESTIONNAIRE = activityIri.questionnaire(COURSE, 'index');
export { seededRandom };

export interface RespondentSpec {
  /** Learner id in the LMS (the account name: must never appear in any output). */
  learner: string;
  answers: Record<string, number | string>;
  background?: Record<string, string>;
  consent?: boolean;
  /** Time of the completion; answers are one second apart before it. */
  completedAt?: Date;
  /** Overrides what the completed statement reports (tampering, another model version). */
  reported?: Partial<{
    index: number | null;
    level: number | null;
    dimensions: Record<string, number | null>;
    model: { id: string; version: string };
  }>;
  random?: RandomSource;
  registration?: string;
  definition?: AgilityDefinition;
}

/**
 * The statements the player sends for one completed questionnaire, built with the xapi-profile builders (the
 * contract): one `answered` per item (likert `1`…`5` or `na`, scenario option id), then `completed` with the
 * browser's result, the consent and (with consent) the background.
 */
export function respondentStatements(spec: RespondentSpec): Statement[] {
  const definition = spec.definition ?? dlisAgilityModel;
  const random = spec.random ?? seededRandom(hash(spec.learner));
  const ctx: StatementContext = {
    actor: createActor({ homePage: 'https://lms.example.org', name: spec.learner }),
    registration: spec.registration ?? uuidV4(random),
    sessionId: uuidV4(random),
    course: { id: COURSE, name: { en: 'Digital agility index' } },
    language: 'en',
    random,
  };
  const completedAt = spec.completedAt ?? new Date(Date.UTC(2026, 10, 1, 12));
  const ids = Object.keys(spec.answers);
  const statements: Statement[] = ids.map((id, i) => {
    const answer = spec.answers[id];
    const isScenario = definition.scenarios.some((s) => s.id === id);
    return buildQuestionnaireItemAnswered(ctx, {
      timestamp: new Date(completedAt.getTime() - (ids.length - i) * 1000),
      activityId: activityIri.questionnaireItem(COURSE, 'index', id),
      interactionType: isScenario ? 'choice' : 'likert',
      name: { en: `Item ${id}` },
      response: String(answer),
      durationMs: 1000,
      questionnaire: { activityId: QUESTIONNAIRE },
    });
  });
  const result = scoreQuestionnaire(definition, spec.answers);
  const consent = spec.consent ?? true;
  statements.push(
    buildQuestionnaireCompleted(ctx, {
      timestamp: completedAt,
      durationMs: 600_000,
      questionnaireActivityId: QUESTIONNAIRE,
      name: { en: 'Digital agility index' },
      index: spec.reported?.index !== undefined ? spec.reported.index : result.index,
      level: spec.reported?.level !== undefined ? spec.reported.level : (result.level?.id ?? null),
      dimensions:
        spec.reported?.dimensions ?? Object.fromEntries(result.dimensions.map((d) => [d.id, d.score])),
      model: spec.reported?.model ?? result.model,
      researchConsent: consent,
      ...(spec.background ? { background: spec.background } : {}),
    }),
  );
  return statements;
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}
