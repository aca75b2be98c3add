export { DlisPlayer } from './components/dlis-player.ts';
export { DlisNav } from './components/dlis-nav.ts';
export { DlisPage } from './components/dlis-page.ts';
export { DlisMarkdown } from './components/dlis-markdown.ts';
export { DlisImage } from './components/dlis-image.ts';
export { DlisCallout } from './components/dlis-callout.ts';
export { DlisQuestion } from './components/dlis-question.ts';
export { DlisResults } from './components/dlis-results.ts';
export { DlisMedia } from './components/dlis-media.ts';
export { DlisAccordion } from './components/dlis-accordion.ts';
export { DlisTabs } from './components/dlis-tabs.ts';
export { DlisKeyFigures } from './components/dlis-key-figures.ts';
export { DlisQuote } from './components/dlis-quote.ts';
export { DlisResources } from './components/dlis-resources.ts';
export { DlisGlossary } from './components/dlis-glossary.ts';
export { DlisChecklist } from './components/dlis-checklist.ts';
export { DlisToolSheet } from './components/dlis-tool-sheet.ts';
export { DlisScenario } from './components/dlis-scenario.ts';
// The agility add-on (issue 6): in packages, only addon-agility.ts loads these.
export { DlisQuestionnaire } from './components/dlis-questionnaire.ts';
export { DlisAgilityResults } from './components/dlis-agility-results.ts';
export { DlisRadarChart } from './components/dlis-radar-chart.ts';
export { DlisBarChart, type BarRow } from './components/dlis-bar-chart.ts';
export type { ChartDatum } from './components/chart-datum.ts';
export {
  QuestionnaireEvent,
  type QuestionnaireSaveDetail,
  type QuestionnaireSubmitDetail,
} from './components/dlis-questionnaire-events.ts';
export {
  askedBackground,
  keptBackground,
  readProgress,
  respondentCountry,
  responsesOf,
  scoredAnswers,
  shownScenarios,
  stepsFor,
  type QuestionnaireProgress,
  type QuestionnaireResponses,
} from './logic/questionnaire-progress.ts';
export {
  questionnaireReport,
  questionnaireResult,
  type QuestionnaireReport,
  type ReportContext,
} from './logic/questionnaire-report.ts';
export {
  courseQuestionnaires,
  isQuestionnaireKey,
  isQuestionnaireSubmitted,
  withQuestionnaireEntries,
} from './logic/questionnaire-state.ts';
export type { FeedbackMode } from './components/dlis-question.ts';
export {
  SessionController,
  type SessionPhase,
  type TrackerFactory,
} from './controllers/session-controller.ts';
export { PlayerError, PlayerErrorCode } from './errors.ts';
export {
  PlayerEvent,
  type AnswerDetail,
  type ChecklistDetail,
  type NavigateDetail,
  type PrintSheetDetail,
  type ScenarioDetail,
} from './events.ts';
export { catalogs, messagesFor, uiLanguageFor } from './i18n/catalogs.ts';
export { formatMessage, type MessageKey, type Messages } from './i18n/messages.ts';
export {
  assessmentScore,
  effectiveMasteryScore,
  isPassing,
  type AssessmentScore,
  type ScoreState,
} from './logic/assessment-score.ts';
export { activeAssessmentIds, drawBank, drawIds, ensureBankSeeds } from './logic/bank-draw.ts';
export { chooseLanguage, type LanguagePreferences } from '@dlis/tracking';
export { isCourseCompleted, type CompletionInput } from './logic/completion.ts';
export {
  coursePages,
  courseRoutes,
  courseQuestions,
  courseScenarios,
  glossaryPageId,
  RESULTS_ROUTE,
} from './logic/course-routes.ts';
export { expectedAnswer } from './logic/expected-answer.ts';
export { formatSize } from './logic/format-size.ts';
export {
  buildInteractionRecord,
  cleanResponse,
  DESCRIPTION_MAX,
  type AnswerContext,
} from './logic/interaction-record.ts';
export {
  applyScenarioChoice,
  canStartNewAttempt,
  newAttemptState,
  restoreState,
  type SavedScenario,
} from './logic/learner-state.ts';
export {
  decimalPlaces,
  normalizeAnswer,
  parseDecimal,
  type TextComparison,
} from './logic/normalize-answer.ts';
export { initialOrder, moveItem } from './logic/ordering-shuffle.ts';
export { hashSeed, mulberry32, newSeed, seededShuffle } from './logic/prng.ts';
export { nextRoute, previousRoute } from './logic/navigation.ts';
export { progressMeasure } from './logic/progress-measure.ts';
export { checkPayload, parsePayload, PAYLOAD_ELEMENT_ID } from './logic/read-payload.ts';
export {
  bestChoices,
  decisionRecord,
  scenarioPoints,
  scenarioPosition,
  type ScenarioPosition,
} from './logic/scenario-run.ts';
export { correctChoices, scoreQuestion, type QuestionScore } from './logic/score-question.ts';
export { tabIndexForKey } from './logic/tab-keys.ts';
export { fontFaceCss, themeProperties } from './logic/theme-style.ts';
