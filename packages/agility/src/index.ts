export type {
  AgilityDefinition,
  AnswerScale,
  BackgroundQuestion,
  CalibrationMessages,
  Dimension,
  Level,
  LocalizedText,
  Resource,
  ScalePoint,
  ScenarioItem,
  ScenarioOption,
  ScoringRules,
  SelfItem,
} from './agility-definition.ts';
export { ResourceKind } from './agility-definition.ts';
export { NOT_APPLICABLE, type AgilityAnswer, type AgilityAnswers } from './agility-answers.ts';
export { AgilityError, AgilityErrorCode, AgilityIssueCode, type AgilityIssue } from './agility-error.ts';
export {
  CalibrationKind,
  DimensionStatus,
  RecommendationRule,
  Tier,
  type AgilityResult,
  type CalibrationResult,
  type CriticalTrigger,
  type DimensionResult,
  type ItemResult,
  type LevelResult,
  type Recommendation,
  type ScenarioResult,
} from './agility-result.ts';
export { checkDefinition } from './check-definition.ts';
export { validateAnswers } from './validate-answers.ts';
export { itemScore, scoreQuestionnaire } from './score-questionnaire.ts';
export { round } from './round.ts';
export { dlisAgilityModel } from './dlis-agility-model.ts';
export { agilityDefinitionSchema } from './definition-schema.ts';
export {
  ResponsesFormat,
  type ReadResponsesResult,
  type RespondentResponses,
  type ResponsesProblem,
  type ScoreResponsesResult,
  type ScoredResponse,
} from './responses/respondent-responses.ts';
export type { TextPosition } from './responses/text-position.ts';
export { parseCsv, type CsvCell, type CsvParseResult, type CsvRecord } from './responses/parse-csv.ts';
export { formatCsv } from './responses/format-csv.ts';
export { readResponses } from './responses/read-responses.ts';
export { BACKGROUND_PREFIX } from './responses/read-responses-csv.ts';
export { scoreResponses } from './responses/score-responses.ts';
export { DIMENSION_COLUMNS, resultTable } from './responses/result-table.ts';
export { withWording, type AgilityWording } from './agility-wording.ts';
export { dlisAgilityWording } from './dlis-agility-wording.ts';
