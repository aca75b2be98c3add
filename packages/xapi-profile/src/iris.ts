/**
 * Every xAPI IRI used by the DLIS toolkit: the single source of IRIs in the codebase (ARCHITECTURE.md).
 * DLIS-owned IRIs live under `DLIS_BASE_IRI`; verbs and most activity types are reused from ADL, the session id,
 * progress and categories from cmi5 (AICC/CMI-5_Spec_Current, section 9).
 */

/**
 * Base of every DLIS-owned IRI. Project-owned and stable, but it must be registered with w3id.org by the partners
 * before the profile is published (to be confirmed by the partners).
 */
export const DLIS_BASE_IRI = 'https://w3id.org/dlis/xapi/';

/** The profile (all versions) and the version statements name in their `category` context activities. */
export const ProfileIri = {
  profile: `${DLIS_BASE_IRI}profile`,
  /** Current version: the category context activity of every DLIS statement (xAPI Profiles, "Using Profiles"). */
  version: `${DLIS_BASE_IRI}profile/v1.0`,
} as const;

/** ADL verbs (http://adlnet.gov/expapi/verbs/), as cmi5 and most LRSs know them. */
export const VerbIri = {
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  experienced: 'http://adlnet.gov/expapi/verbs/experienced',
  progressed: 'http://adlnet.gov/expapi/verbs/progressed',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  suspended: 'http://adlnet.gov/expapi/verbs/suspended',
  resumed: 'http://adlnet.gov/expapi/verbs/resumed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
} as const;
export type VerbName = keyof typeof VerbIri;
export type VerbIri = (typeof VerbIri)[VerbName];

/** Activity types: ADL's where they exist, DLIS-owned for scenario, questionnaire and process. */
export const ActivityTypeIri = {
  course: 'http://adlnet.gov/expapi/activities/course',
  module: 'http://adlnet.gov/expapi/activities/module',
  /** A page of a course (ADL has no "page"; a lesson is the closest, and what SCORM/cmi5 tools report). */
  lesson: 'http://adlnet.gov/expapi/activities/lesson',
  assessment: 'http://adlnet.gov/expapi/activities/assessment',
  /** A question or a scenario decision, with an interaction activity definition (xAPI 1.0.3 §2.4.4.1). */
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  scenario: `${DLIS_BASE_IRI}activity-types/scenario`,
  questionnaire: `${DLIS_BASE_IRI}activity-types/questionnaire`,
  /** A process block: steps the learner goes through one at a time (issue 16, visual blocks). */
  process: `${DLIS_BASE_IRI}activity-types/process`,
} as const;
export type ActivityTypeIri = (typeof ActivityTypeIri)[keyof typeof ActivityTypeIri];

/** Context extensions. */
export const ContextExtensionIri = {
  /** cmi5 session id (cmi5 9.6.3.1); DLIS uses it in every mode, cmi5 or not. */
  sessionId: 'https://w3id.org/xapi/cmi5/context/extensions/sessionid',
  /** cmi5 mastery score 0..1, on passed/failed statements of a cmi5 launch (cmi5 9.6.3.2). */
  masteryScore: 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore',
  /** Version of the course (course.yaml `version`), so researchers can tell course revisions apart. */
  courseVersion: `${DLIS_BASE_IRI}extensions/course-version`,
  /** Run of a branching scenario (1 for the first run, +1 per replay). */
  scenarioRun: `${DLIS_BASE_IRI}extensions/scenario-run`,
  /** Step of a decision within a scenario run (1 for the first decision). */
  scenarioStep: `${DLIS_BASE_IRI}extensions/scenario-step`,
  /**
   * The values of the course variables (conditional content) when the statement was made, by variable id, each
   * the id of a value: `{"country": "be"}`. Absent while no variable has a value.
   */
  courseVariables: `${DLIS_BASE_IRI}extensions/course-variables`,
  /**
   * On a completed questionnaire: whether the respondent agreed to donate their answers to research (boolean).
   * Research extracts (`dlis report`) keep only respondents whose latest completed questionnaire says true.
   */
  researchConsent: `${DLIS_BASE_IRI}extensions/research-consent`,
  /**
   * On a completed questionnaire, only with research consent: the background answers (BRIEF.md §3.6) by question
   * id, each the id of the option chosen: `{"Q1": "FR", "Q2": "student"}`. Never free text.
   */
  agilityBackground: `${DLIS_BASE_IRI}extensions/agility-background`,
} as const;

/** Result extensions. */
export const ResultExtensionIri = {
  /** cmi5 progress, integer percent 0..100 (cmi5 spec, "progress" result extension). */
  progress: 'https://w3id.org/xapi/cmi5/result/extensions/progress',
  /** Digital agility index 0..100, or null when too few dimensions were scored. */
  agilityIndex: `${DLIS_BASE_IRI}extensions/agility-index`,
  /** Level id of the index (integer), or null. */
  agilityLevel: `${DLIS_BASE_IRI}extensions/agility-level`,
  /** Score of each dimension 0..100 (null when not scored), by dimension id: `{"D1": 62.5, "D2": null}`. */
  agilityDimensions: `${DLIS_BASE_IRI}extensions/agility-dimensions`,
  /** The scoring model, `{"id": "dlis-agility", "version": "1.0.0"}`. */
  agilityModel: `${DLIS_BASE_IRI}extensions/agility-model`,
} as const;

/** Category context activities. */
export const CategoryIri = {
  /** The DLIS profile version (every DLIS statement). */
  dlis: ProfileIri.version,
  /** cmi5-defined statements of a cmi5 launch (cmi5 9.6.2.1). */
  cmi5: 'https://w3id.org/xapi/cmi5/context/categories/cmi5',
  /** cmi5 statements that count towards moveOn: completed, passed, failed (cmi5 9.6.2.2). */
  moveOn: 'https://w3id.org/xapi/cmi5/context/categories/moveon',
} as const;

/** Statement templates of the profile, one per thing the player sends. */
export const TemplateIri = {
  initialized: `${DLIS_BASE_IRI}profile/templates/initialized`,
  resumed: `${DLIS_BASE_IRI}profile/templates/resumed`,
  experiencedPage: `${DLIS_BASE_IRI}profile/templates/experienced-page`,
  experiencedProcess: `${DLIS_BASE_IRI}profile/templates/experienced-process`,
  progressed: `${DLIS_BASE_IRI}profile/templates/progressed`,
  answeredQuestion: `${DLIS_BASE_IRI}profile/templates/answered-question`,
  answeredScenarioDecision: `${DLIS_BASE_IRI}profile/templates/answered-scenario-decision`,
  answeredQuestionnaireItem: `${DLIS_BASE_IRI}profile/templates/answered-questionnaire-item`,
  completedQuestionnaire: `${DLIS_BASE_IRI}profile/templates/completed-questionnaire`,
  completed: `${DLIS_BASE_IRI}profile/templates/completed`,
  passed: `${DLIS_BASE_IRI}profile/templates/passed`,
  failed: `${DLIS_BASE_IRI}profile/templates/failed`,
  suspended: `${DLIS_BASE_IRI}profile/templates/suspended`,
  terminated: `${DLIS_BASE_IRI}profile/templates/terminated`,
} as const;
export type TemplateName = keyof typeof TemplateIri;
export type TemplateIri = (typeof TemplateIri)[TemplateName];

/** Patterns of the profile. */
export const PatternIri = {
  session: `${DLIS_BASE_IRI}profile/patterns/session`,
  learning: `${DLIS_BASE_IRI}profile/patterns/learning`,
  learningSteps: `${DLIS_BASE_IRI}profile/patterns/learning-steps`,
  ending: `${DLIS_BASE_IRI}profile/patterns/ending`,
  suspendThenTerminate: `${DLIS_BASE_IRI}profile/patterns/suspend-then-terminate`,
  optionalResume: `${DLIS_BASE_IRI}profile/patterns/optional-resume`,
} as const;

/** Profile specification and JSON-LD context the profile document conforms to (xAPI Profiles 1.0). */
export const ProfileSpecIri = {
  context: 'https://w3id.org/xapi/profiles/context',
  conformsTo: 'https://w3id.org/xapi/profiles#1.0',
} as const;
