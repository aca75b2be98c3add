import { ActivityTypeIri, ContextExtensionIri, ResultExtensionIri, VerbIri } from './iris.ts';
import { inScheme as v, lm } from './profile-labels.ts';
import type { ProfileConcept } from './profile-document.ts';

const verb = (id: string, en: string, fr: string, defEn: string, defFr: string): ProfileConcept => ({
  id,
  type: 'Verb',
  inScheme: v,
  prefLabel: lm(en, fr),
  definition: lm(defEn, defFr),
});
const activityType = (id: string, en: string, fr: string, defEn: string, defFr: string): ProfileConcept => ({
  id,
  type: 'ActivityType',
  inScheme: v,
  prefLabel: lm(en, fr),
  definition: lm(defEn, defFr),
});

/** @internal Concepts of the DLIS profile: ADL verbs and activity types it uses, its own activity types and extensions. */
export const concepts: ProfileConcept[] = [
  verb(
    VerbIri.initialized,
    'initialized',
    'a commencé',
    'The learner started a session of the course (ADL).',
    "L'apprenant a commencé une session du cours (ADL).",
  ),
  verb(
    VerbIri.experienced,
    'experienced',
    'a consulté',
    'The learner viewed a page, or went through every step of a process (ADL).',
    "L'apprenant a consulté une page, ou parcouru toutes les étapes d'un processus (ADL).",
  ),
  verb(
    VerbIri.progressed,
    'progressed',
    'a progressé',
    'The learner progressed in the course; the progress is in the result (ADL).',
    "L'apprenant a progressé dans le cours ; la progression est dans le résultat (ADL).",
  ),
  verb(
    VerbIri.answered,
    'answered',
    'a répondu',
    'The learner answered a question or took a decision in a scenario (ADL).',
    "L'apprenant a répondu à une question ou pris une décision dans un scénario (ADL).",
  ),
  verb(
    VerbIri.completed,
    'completed',
    'a terminé',
    'The learner completed the course or a questionnaire (ADL).',
    "L'apprenant a terminé le cours ou un questionnaire (ADL).",
  ),
  verb(
    VerbIri.passed,
    'passed',
    'a réussi',
    "The learner's assessment score reached the mastery score (ADL).",
    "Le score de l'apprenant a atteint le seuil de réussite (ADL).",
  ),
  verb(
    VerbIri.failed,
    'failed',
    'a échoué',
    "The learner's assessment score stayed below the mastery score (ADL).",
    "Le score de l'apprenant est resté sous le seuil de réussite (ADL).",
  ),
  verb(
    VerbIri.suspended,
    'suspended',
    'a suspendu',
    'The learner left the course and will come back to the same attempt (ADL).',
    "L'apprenant a quitté le cours et reviendra à la même tentative (ADL).",
  ),
  verb(
    VerbIri.resumed,
    'resumed',
    'a repris',
    'The learner came back to a suspended attempt (ADL).',
    "L'apprenant est revenu à une tentative suspendue (ADL).",
  ),
  verb(
    VerbIri.terminated,
    'terminated',
    'a quitté',
    'The session of the course ended (ADL).',
    "La session du cours s'est terminée (ADL).",
  ),
  activityType(
    ActivityTypeIri.course,
    'course',
    'cours',
    'A DLIS course (for cmi5, the assignable unit) (ADL).',
    'Un cours DLIS (en cmi5, l’unité assignable) (ADL).',
  ),
  activityType(
    ActivityTypeIri.module,
    'module',
    'module',
    'A group of courses (ADL).',
    'Un ensemble de cours (ADL).',
  ),
  activityType(
    ActivityTypeIri.lesson,
    'page',
    'page',
    'A page of a course (ADL lesson).',
    "Une page d'un cours (lesson ADL).",
  ),
  activityType(
    ActivityTypeIri.assessment,
    'assessment',
    'évaluation',
    'The scored questions of a course (ADL).',
    "Les questions notées d'un cours (ADL).",
  ),
  activityType(
    ActivityTypeIri.interaction,
    'interaction',
    'interaction',
    'A question or a scenario situation, with an xAPI interaction definition (ADL).',
    "Une question ou une situation de scénario, avec une définition d'interaction xAPI (ADL).",
  ),
  activityType(
    ActivityTypeIri.scenario,
    'scenario',
    'scénario',
    'A branching scenario: situations where the learner chooses, each choice leading to the next situation.',
    "Un scénario à embranchements : des situations où l'apprenant choisit, chaque choix menant à la situation suivante.",
  ),
  activityType(
    ActivityTypeIri.questionnaire,
    'questionnaire',
    'questionnaire',
    'A self-assessment questionnaire scored by a model, such as the digital agility index.',
    "Un questionnaire d'autoévaluation noté par un modèle, comme l'indice d'agilité numérique.",
  ),
  activityType(
    ActivityTypeIri.process,
    'process',
    'processus',
    'A process block of a page: steps the learner goes through one at a time.',
    "Un bloc processus d'une page : des étapes que l'apprenant parcourt une à une.",
  ),
  {
    id: ContextExtensionIri.courseVersion,
    type: 'ContextExtension',
    inScheme: v,
    prefLabel: lm('course version', 'version du cours'),
    definition: lm(
      'The version of the course that sent the statement (course.yaml `version`).',
      'La version du cours qui a envoyé la déclaration (`version` de course.yaml).',
    ),
    inlineSchema: '{"type":"string","minLength":1}',
  },
  {
    id: ContextExtensionIri.scenarioRun,
    type: 'ContextExtension',
    inScheme: v,
    prefLabel: lm('scenario run', 'parcours du scénario'),
    definition: lm(
      'Which run of the scenario the decision belongs to: 1 for the first, one more per replay.',
      'Le parcours du scénario auquel appartient la décision : 1 pour le premier, un de plus par reprise.',
    ),
    recommendedVerbs: [VerbIri.answered],
    inlineSchema: '{"type":"integer","minimum":1}',
  },
  {
    id: ContextExtensionIri.scenarioStep,
    type: 'ContextExtension',
    inScheme: v,
    prefLabel: lm('scenario step', 'étape du scénario'),
    definition: lm(
      'The position of the decision in its run: 1 for the first decision.',
      'La position de la décision dans son parcours : 1 pour la première.',
    ),
    recommendedVerbs: [VerbIri.answered],
    inlineSchema: '{"type":"integer","minimum":1}',
  },
  {
    id: ContextExtensionIri.courseVariables,
    type: 'ContextExtension',
    inScheme: v,
    prefLabel: lm('course variables', 'variables du cours'),
    definition: lm(
      'The values of the course variables (conditional content, such as the country chosen) when the statement was made: variable id → value id.',
      'Les valeurs des variables du cours (contenu conditionnel, par exemple le pays choisi) au moment de la déclaration : identifiant de variable → identifiant de valeur.',
    ),
    inlineSchema:
      '{"type":"object","minProperties":1,"additionalProperties":{"type":"string","pattern":"^[a-z0-9]+([_-][a-z0-9]+)*$"}}',
  },
  {
    id: ContextExtensionIri.researchConsent,
    type: 'ContextExtension',
    inScheme: v,
    prefLabel: lm('research consent', 'consentement à la recherche'),
    definition: lm(
      'On a completed questionnaire: true when the respondent agreed to donate their answers to research. Research extracts keep only respondents who said yes.',
      'Sur un questionnaire terminé : vrai si la personne a accepté de donner ses réponses à la recherche. Les extractions de recherche ne gardent que ces personnes.',
    ),
    recommendedVerbs: [VerbIri.completed],
    inlineSchema: '{"type":"boolean"}',
  },
  {
    id: ContextExtensionIri.agilityBackground,
    type: 'ContextExtension',
    inScheme: v,
    prefLabel: lm('background answers', 'réponses de contexte'),
    definition: lm(
      'On a completed questionnaire, only with research consent: the background answers (country, status, bands) by question id, each an option id. Never free text.',
      "Sur un questionnaire terminé, seulement avec consentement à la recherche : les réponses de contexte (pays, statut, tranches) par id de question, chacune un id d'option. Jamais de texte libre.",
    ),
    recommendedVerbs: [VerbIri.completed],
    inlineSchema: '{"type":"object","additionalProperties":{"type":"string"}}',
  },
  {
    id: ResultExtensionIri.agilityIndex,
    type: 'ResultExtension',
    inScheme: v,
    prefLabel: lm('digital agility index', "indice d'agilité numérique"),
    definition: lm(
      'The digital agility index, 0 to 100, or null when too few dimensions could be scored.',
      "L'indice d'agilité numérique, de 0 à 100, ou null si trop peu de dimensions ont pu être notées.",
    ),
    recommendedVerbs: [VerbIri.completed],
    inlineSchema: '{"type":["number","null"],"minimum":0,"maximum":100}',
  },
  {
    id: ResultExtensionIri.agilityLevel,
    type: 'ResultExtension',
    inScheme: v,
    prefLabel: lm('digital agility level', "niveau d'agilité numérique"),
    definition: lm(
      'The level id of the index in the model, or null when there is no index.',
      "L'identifiant du niveau de l'indice dans le modèle, ou null sans indice.",
    ),
    recommendedVerbs: [VerbIri.completed],
    inlineSchema: '{"type":["integer","null"]}',
  },
  {
    id: ResultExtensionIri.agilityDimensions,
    type: 'ResultExtension',
    inScheme: v,
    prefLabel: lm('dimension scores', 'scores par dimension'),
    definition: lm(
      'The score of each dimension, 0 to 100 (null when not scored), by dimension id.',
      'Le score de chaque dimension, de 0 à 100 (null si non notée), par identifiant de dimension.',
    ),
    recommendedVerbs: [VerbIri.completed],
    inlineSchema:
      '{"type":"object","additionalProperties":{"type":["number","null"],"minimum":0,"maximum":100}}',
  },
  {
    id: ResultExtensionIri.agilityModel,
    type: 'ResultExtension',
    inScheme: v,
    prefLabel: lm('scoring model', 'modèle de calcul'),
    definition: lm(
      'The id and version of the model that computed the result, so results of different model versions are not mixed.',
      "L'identifiant et la version du modèle qui a calculé le résultat, pour ne pas mélanger les versions du modèle.",
    ),
    recommendedVerbs: [VerbIri.completed],
    inlineSchema:
      '{"type":"object","required":["id","version"],"properties":{"id":{"type":"string"},"version":{"type":"string"}}}',
  },
];
