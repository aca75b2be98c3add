import { PatternIri, TemplateIri } from './iris.ts';
import { inScheme as v, lm } from './profile-labels.ts';
import type { Pattern } from './profile-document.ts';

const pattern = (id: string, en: string, fr: string, body: Partial<Pattern>, primary = false): Pattern => ({
  id,
  type: 'Pattern',
  inScheme: v,
  ...(primary ? { primary: true } : {}),
  prefLabel: lm(en, fr),
  definition: lm(en, fr),
  ...body,
});

/** @internal Patterns of the DLIS profile; `session` is the primary one (one per registration and session). */
export const patterns: Pattern[] = [
  pattern(
    PatternIri.session,
    'A session: initialized, resumed when coming back, any learning statements (outcomes included), then terminated, or suspended then terminated.',
    'Une session : commencé, repris en cas de retour, des déclarations d’apprentissage (résultats compris), puis quitté, ou suspendu puis quitté.',
    {
      sequence: [
        TemplateIri.initialized,
        PatternIri.optionalResume,
        PatternIri.learningSteps,
        PatternIri.ending,
      ],
    },
    true,
  ),
  pattern(
    PatternIri.optionalResume,
    'Resumed, when the learner comes back to a suspended attempt.',
    "Repris, quand l'apprenant revient à une tentative suspendue.",
    { optional: TemplateIri.resumed },
  ),
  pattern(
    PatternIri.learningSteps,
    'Any number of learning statements.',
    "Un nombre quelconque de déclarations d'apprentissage.",
    { zeroOrMore: PatternIri.learning },
  ),
  pattern(
    PatternIri.learning,
    'One learning statement: a page, a process, progress, an answer, a questionnaire result, or an outcome (completed, passed, failed).',
    "Une déclaration d'apprentissage : une page, un processus, une progression, une réponse, un résultat de questionnaire ou un résultat (terminé, réussi, échoué).",
    {
      alternates: [
        TemplateIri.experiencedPage,
        TemplateIri.experiencedProcess,
        TemplateIri.progressed,
        TemplateIri.answeredQuestion,
        TemplateIri.answeredScenarioDecision,
        TemplateIri.answeredQuestionnaireItem,
        TemplateIri.completedQuestionnaire,
        TemplateIri.completed,
        TemplateIri.passed,
        TemplateIri.failed,
      ],
    },
  ),
  pattern(
    PatternIri.ending,
    'The end of a session: terminated, or suspended then terminated.',
    "La fin d'une session : quitté, ou suspendu puis quitté.",
    { alternates: [TemplateIri.terminated, PatternIri.suspendThenTerminate] },
  ),
  pattern(PatternIri.suspendThenTerminate, 'Suspended, then terminated.', 'Suspendu, puis quitté.', {
    sequence: [TemplateIri.suspended, TemplateIri.terminated],
  }),
];
