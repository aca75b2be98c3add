export { DlisPlayer } from './components/dlis-player.ts';
export { DlisNav } from './components/dlis-nav.ts';
export { DlisPage } from './components/dlis-page.ts';
export { DlisMarkdown } from './components/dlis-markdown.ts';
export { DlisImage } from './components/dlis-image.ts';
export { DlisCallout } from './components/dlis-callout.ts';
export { DlisQuestion } from './components/dlis-question.ts';
export { DlisResults } from './components/dlis-results.ts';
export {
  SessionController,
  type SessionPhase,
  type TrackerFactory,
} from './controllers/session-controller.ts';
export { PlayerError, PlayerErrorCode } from './errors.ts';
export { PlayerEvent, type AnswerDetail, type NavigateDetail } from './events.ts';
export { catalogs, messagesFor } from './i18n/catalogs.ts';
export { formatMessage, type MessageKey, type Messages } from './i18n/messages.ts';
export {
  assessmentScore,
  effectiveMasteryScore,
  isPassing,
  type AssessmentScore,
} from './logic/assessment-score.ts';
export { chooseLanguage, type LanguagePreferences } from './logic/choose-language.ts';
export { isCourseCompleted, type CompletionInput } from './logic/completion.ts';
export { coursePages, courseRoutes, courseQuestions, RESULTS_ROUTE } from './logic/course-routes.ts';
export { buildInteractionRecord, DESCRIPTION_MAX, type AnswerContext } from './logic/interaction-record.ts';
export { nextRoute, previousRoute } from './logic/navigation.ts';
export { progressMeasure } from './logic/progress-measure.ts';
export { checkPayload, parsePayload, PAYLOAD_ELEMENT_ID } from './logic/read-payload.ts';
export { scoreQuestion, type QuestionScore } from './logic/score-question.ts';
