import {
  ActivityTypeIri,
  CategoryIri,
  ContextExtensionIri,
  ResultExtensionIri,
  TemplateIri,
  VerbIri,
} from './iris.ts';
import { inScheme as v, lm } from './profile-labels.ts';
import type { StatementTemplate, StatementTemplateRule } from './profile-document.ts';

/** Rules every DLIS statement follows. */
const common: StatementTemplateRule[] = [
  { location: '$.id', presence: 'included' },
  { location: '$.timestamp', presence: 'included' },
  { location: '$.context.registration', presence: 'included' },
  { location: '$.context.contextActivities.category[*].id', presence: 'included', any: [CategoryIri.dlis] },
  { location: `$.context.extensions['${ContextExtensionIri.sessionId}']`, presence: 'included' },
  // xAPI 2.0-only properties: statements must stay valid under 1.0.3.
  { location: '$.context.contextAgents', presence: 'excluded' },
  { location: '$.context.contextGroups', presence: 'excluded' },
  {
    location: '$.actor.mbox_sha1sum',
    presence: 'excluded',
    scopeNote: lm(
      'Actors are accounts (pseudonymous) or, when a course opts in, an mbox.',
      'Les acteurs sont des comptes (pseudonymes) ou, si un cours le choisit, une mbox.',
    ),
  },
];
const noCmi5Category: StatementTemplateRule = {
  location: '$.context.contextActivities.category[*].id',
  none: [CategoryIri.cmi5, CategoryIri.moveOn],
  scopeNote: lm(
    'Not a cmi5-defined statement: no cmi5 category (cmi5 9.6.2).',
    'Pas une déclaration définie par cmi5 : pas de catégorie cmi5 (cmi5 9.6.2).',
  ),
};
const duration: StatementTemplateRule = { location: '$.result.duration', presence: 'included' };

const template = (
  id: string,
  en: string,
  fr: string,
  defEn: string,
  defFr: string,
  determining: Partial<StatementTemplate>,
  rules: StatementTemplateRule[],
): StatementTemplate => ({
  id,
  type: 'StatementTemplate',
  inScheme: v,
  prefLabel: lm(en, fr),
  definition: lm(defEn, defFr),
  ...determining,
  rules: [...common, ...rules],
});
const onCourse = (verbIri: string) => ({ verb: verbIri, objectActivityType: ActivityTypeIri.course });
/** Something on a page: parent the page, grouping the course. */
const onPage = (verbIri: string, objectType: string) => ({
  verb: verbIri,
  objectActivityType: objectType,
  contextParentActivityType: [ActivityTypeIri.lesson],
  contextGroupingActivityType: [ActivityTypeIri.course],
});

/** @internal Statement Templates of the DLIS profile: one per thing the player sends. */
export const templates: StatementTemplate[] = [
  template(
    TemplateIri.initialized,
    'initialized',
    'commencé',
    'First statement of every session.',
    'Première déclaration de chaque session.',
    onCourse(VerbIri.initialized),
    [{ location: '$.result', presence: 'excluded' }],
  ),
  template(
    TemplateIri.resumed,
    'resumed',
    'repris',
    'Sent right after initialized when the learner comes back to a suspended attempt.',
    "Envoyée juste après « commencé » quand l'apprenant revient à une tentative suspendue.",
    onCourse(VerbIri.resumed),
    [{ location: '$.result', presence: 'excluded' }, noCmi5Category],
  ),
  template(
    TemplateIri.experiencedPage,
    'experienced a page',
    'consulté une page',
    'One per page view; parent: the course.',
    'Une par page vue ; parent : le cours.',
    {
      verb: VerbIri.experienced,
      objectActivityType: ActivityTypeIri.lesson,
      contextParentActivityType: [ActivityTypeIri.course],
    },
    [{ location: '$.object.definition.name', presence: 'included' }, noCmi5Category],
  ),
  template(
    TemplateIri.experiencedProcess,
    'experienced a process',
    'parcouru un processus',
    'Once per attempt and process block, when the learner has seen its last step (or all steps at once); object: the block; parent: the page; grouping: the course.',
    'Une par tentative et bloc processus, quand l’apprenant a vu sa dernière étape (ou toutes les étapes à la fois) ; objet : le bloc ; parent : la page ; regroupement : le cours.',
    onPage(VerbIri.experienced, ActivityTypeIri.process),
    [
      { location: '$.object.definition.name', presence: 'included' },
      { location: '$.result', presence: 'excluded' },
      noCmi5Category,
    ],
  ),
  template(
    TemplateIri.progressed,
    'progressed',
    'progressé',
    'Course progress after a page view, integer percent in the cmi5 progress extension.',
    'Progression dans le cours après une page vue, en pourcentage entier dans l’extension progress de cmi5.',
    onCourse(VerbIri.progressed),
    [
      { location: `$.result.extensions['${ResultExtensionIri.progress}']`, presence: 'included' },
      noCmi5Category,
    ],
  ),
  template(
    TemplateIri.answeredQuestion,
    'answered a question',
    'répondu à une question',
    'One per answer; object: the question with its interaction definition; parent: the page; grouping: the course.',
    'Une par réponse ; objet : la question avec sa définition d’interaction ; parent : la page ; regroupement : le cours.',
    onPage(VerbIri.answered, ActivityTypeIri.interaction),
    [
      {
        location: '$.object.definition.interactionType',
        presence: 'included',
        all: ['true-false', 'choice', 'fill-in', 'matching', 'sequencing', 'likert', 'numeric'],
      },
      { location: '$.result.response', presence: 'included' },
      duration,
      {
        location: '$.result.success',
        presence: 'recommended',
        scopeNote: lm(
          'Left out for likert questions (no right answer).',
          'Absent pour les questions de Likert (pas de bonne réponse).',
        ),
      },
      noCmi5Category,
    ],
  ),
  template(
    TemplateIri.answeredScenarioDecision,
    'answered a scenario decision',
    'décidé dans un scénario',
    'One per decision; object: the situation (a choice interaction); parent: the scenario; run and step as context extensions.',
    'Une par décision ; objet : la situation (interaction à choix) ; parent : le scénario ; parcours et étape en extensions de contexte.',
    {
      verb: VerbIri.answered,
      objectActivityType: ActivityTypeIri.interaction,
      contextParentActivityType: [ActivityTypeIri.scenario],
      contextGroupingActivityType: [ActivityTypeIri.course],
    },
    [
      { location: '$.object.definition.interactionType', presence: 'included', all: ['choice'] },
      { location: '$.result.response', presence: 'included' },
      duration,
      { location: `$.context.extensions['${ContextExtensionIri.scenarioRun}']`, presence: 'included' },
      { location: `$.context.extensions['${ContextExtensionIri.scenarioStep}']`, presence: 'included' },
      noCmi5Category,
    ],
  ),
  template(
    TemplateIri.answeredQuestionnaireItem,
    'answered a questionnaire item',
    'répondu à un item de questionnaire',
    'One per item of the digital agility questionnaire; object: the item (likert: scale point 1-5 or na; scenario: option id); parent: the questionnaire.',
    "Une par item du questionnaire d'agilité numérique ; objet : l'item (likert : point 1-5 ou na ; scénario : id de l'option) ; parent : le questionnaire.",
    {
      verb: VerbIri.answered,
      objectActivityType: ActivityTypeIri.interaction,
      contextParentActivityType: [ActivityTypeIri.questionnaire],
      contextGroupingActivityType: [ActivityTypeIri.course],
    },
    [
      { location: '$.object.definition.interactionType', presence: 'included', any: ['likert', 'choice'] },
      { location: '$.result.response', presence: 'included' },
      duration,
      noCmi5Category,
    ],
  ),
  template(
    TemplateIri.completedQuestionnaire,
    'completed a questionnaire',
    'terminé un questionnaire',
    'The digital agility result: index, level, dimension scores and model as result extensions.',
    "Le résultat d'agilité numérique : indice, niveau, scores par dimension et modèle en extensions de résultat.",
    {
      verb: VerbIri.completed,
      objectActivityType: ActivityTypeIri.questionnaire,
      contextParentActivityType: [ActivityTypeIri.course],
    },
    [
      { location: '$.result.completion', presence: 'included', all: [true] },
      duration,
      { location: `$.result.extensions['${ResultExtensionIri.agilityIndex}']`, presence: 'recommended' },
      { location: `$.result.extensions['${ResultExtensionIri.agilityLevel}']`, presence: 'recommended' },
      { location: `$.result.extensions['${ResultExtensionIri.agilityDimensions}']`, presence: 'included' },
      { location: `$.result.extensions['${ResultExtensionIri.agilityModel}'].version`, presence: 'included' },
      { location: `$.context.extensions['${ContextExtensionIri.researchConsent}']`, presence: 'included' },
      noCmi5Category,
    ],
  ),
  template(
    TemplateIri.completed,
    'completed the course',
    'terminé le cours',
    'Completion of the course, once per attempt; no score, no success (cmi5, completed statement).',
    'Achèvement du cours, une fois par tentative ; ni score ni succès (cmi5, completed statement).',
    onCourse(VerbIri.completed),
    [
      { location: '$.result.completion', presence: 'included', all: [true] },
      duration,
      { location: '$.result.success', presence: 'excluded' },
      { location: '$.result.score', presence: 'excluded' },
    ],
  ),
  template(
    TemplateIri.passed,
    'passed the course',
    'réussi le cours',
    'The assessment score reached the mastery score; with the score and the duration.',
    'Le score a atteint le seuil de réussite ; avec le score et la durée.',
    onCourse(VerbIri.passed),
    [
      { location: '$.result.success', presence: 'included', all: [true] },
      duration,
      { location: '$.result.score.scaled', presence: 'recommended' },
    ],
  ),
  template(
    TemplateIri.failed,
    'failed the course',
    'échoué au cours',
    'The assessment score stayed below the mastery score; with the score and the duration.',
    'Le score est resté sous le seuil de réussite ; avec le score et la durée.',
    onCourse(VerbIri.failed),
    [
      { location: '$.result.success', presence: 'included', all: [false] },
      duration,
      { location: '$.result.score.scaled', presence: 'recommended' },
    ],
  ),
  template(
    TemplateIri.suspended,
    'suspended',
    'suspendu',
    'The learner leaves and will come back; followed by terminated.',
    "L'apprenant part et reviendra ; suivie de « quitté ».",
    onCourse(VerbIri.suspended),
    [duration, noCmi5Category],
  ),
  template(
    TemplateIri.terminated,
    'terminated',
    'quitté',
    'Last statement of every session, with the session duration.',
    'Dernière déclaration de chaque session, avec la durée de la session.',
    onCourse(VerbIri.terminated),
    [duration],
  ),
];
