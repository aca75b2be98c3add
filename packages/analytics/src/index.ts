export { AnalyticsError, AnalyticsErrorCode } from './analytics-error.ts';
export {
  authHeader,
  fetchPage,
  redactUrl,
  statementPages,
  statementsUrl,
  type LrsConnection,
  type RetryEvent,
  type RetryPolicy,
  type StatementPage,
  type StatementQuery,
} from './lrs-client.ts';
export { formatProgress, type FetchProgress } from './fetch-progress.ts';
export { BACKGROUND_ALIASES, resolveGrouping, type GroupingVariable } from './background-variables.ts';
export {
  DisagreementKind,
  pseudonym,
  RespondentCollector,
  SCORE_TOLERANCE,
  type CollectedRespondents,
  type Disagreement,
  type Respondent,
} from './collect-respondents.ts';
export {
  dimensionScore,
  dimensionScores,
  itemAnswer,
  itemScore,
  scenarioCredit,
  type RespondentScores,
} from './respondent-scores.ts';
export {
  cronbachAlpha,
  itemReliability,
  mean,
  pearson,
  quantile,
  sd,
  summarize,
  variance,
  type ItemReliability,
  type Summary,
} from './statistics.ts';
export { chiSquareCdf, fisherFCdf, fisherFQuantile, studentTCdf, studentTQuantile } from './distributions.ts';
export {
  alphaInterval,
  chiSquareTest,
  holmAdjust,
  kruskalWallis,
  meanInterval,
  oneWayAnova,
  welchTest,
  type AnovaTest,
  type ChiSquareTest,
  type Interval,
  type KruskalWallisTest,
  type WelchTest,
} from './inference.ts';
export { codebookFiles } from './codebook-files.ts';
export { pairWaves, type PairedComparison, type PairedMeasure } from './paired-waves.ts';
export {
  pairedTTest,
  signedRankLowerTail,
  signedRankUpperTail,
  wilcoxonSignedRank,
  type PairedTTest,
  type WilcoxonSignedRank,
} from './paired-tests.ts';
export {
  codebookVariables,
  NOT_APPLICABLE_CODE,
  variableName,
  type CodebookVariable,
  type ValueLabel,
} from './codebook.ts';
export {
  analyzeItems,
  type ItemAnalysis,
  type ScenarioAnalysis,
  type SelfItemAnalysis,
} from './item-analysis.ts';
export { mcdonaldOmega, omegaFromLoadings, oneFactor, type OneFactorSolution } from './omega.ts';
export { MIN_CELL, MIN_N_EXTREMES, MIN_N_RELIABILITY, suppressPartition } from './suppression.ts';
export {
  determinedQuantities,
  protectQuantities,
  type Quantity,
  type Relation,
} from './disclosure-control.ts';
export {
  publishGroups,
  type CellSummary,
  type DimensionReliability,
  type GroupStats,
} from './report-protection.ts';
export type { RawGroup, RawReliability, RawSummary } from './group-statistics.ts';
export { compareGroups, type GroupComparisons, type MeasureComparison } from './group-comparisons.ts';
export {
  analyzeRespondents,
  MISSING_VALUE,
  SUPPRESSED_VALUE,
  type AnalyzeOptions,
  type LabelledGrouping,
  type ReportData,
  type ReportSource,
  type RespondentRow,
} from './report-data.ts';
export { buildReport, checkMinCell, type BuildReportOptions } from './build-report.ts';
export { reportCsvFiles, type ReportCsvFiles } from './report-csv.ts';
export { respondentCsvFiles, respondentsJson, type RespondentCsvFiles } from './respondent-files.ts';
export { reportJson } from './report-json.ts';
export { reportHtml } from './report-html.ts';
export { REPORT_TEXT, ReportLanguage, type ReportText } from './report-text.ts';
export {
  EXPORT_CSV_COLUMNS,
  exportStatements,
  ExportFormat,
  type ExportOptions,
  type ExportResult,
} from './export-statements.ts';
