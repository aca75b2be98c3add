import type { LanguageTag, QuestionnaireBlock } from '@dlis/course/compiled';
import { NOT_APPLICABLE, scoreQuestionnaire, type AgilityResult } from '@dlis/agility';
import type { InteractionRecord, QuestionnaireOutcome } from '@dlis/tracking';
import { htmlToText, truncate } from '@dlis/course/compiled';
import { DESCRIPTION_MAX, NO_CORRECT_PATTERNS } from './interaction-record.ts';
import { localize } from './localize.ts';
import {
  keptBackground,
  respondentCountry,
  scoredAnswers,
  shownScenarios,
  type QuestionnaireProgress,
} from './questionnaire-progress.ts';

/** Everything the player reports when a questionnaire is submitted (issue 6), in the order it is sent. */
export interface QuestionnaireReport {
  result: AgilityResult;
  /** One per self-assessment item (likert, answered or not) and per scenario shown (choice), in model order. */
  interactions: InteractionRecord[];
  outcome: QuestionnaireOutcome;
}

export interface ReportContext {
  lang: LanguageTag;
  defaultLanguage: LanguageTag;
  /** Milliseconds spent on the questionnaire (since its first step was shown in this session). */
  durationMs: number;
  timestamp: Date;
}

/** The @dlis/agility result of the answers of `progress` (only scenarios shown count). */
export function questionnaireResult(
  block: QuestionnaireBlock,
  progress: QuestionnaireProgress,
): AgilityResult {
  return scoreQuestionnaire(block.definition, scoredAnswers(block, progress));
}

/**
 * The report of a submission: the result of scoreQuestionnaire (never re-implemented here), one interaction
 * per item (self items: likert, response the scale point or `na`, result neutral; scenarios: choice, response
 * the option id, correct patterns those of the options with credit 100, computed at build time), and the outcome (the index, reported over xAPI)
 * with the background answers only with research consent. The index is no SCORM score: an LMS such as Moodle
 * would make it a grade, and the questionnaire is not an assessment (docs/tracking.md).
 */
export function questionnaireReport(
  block: QuestionnaireBlock,
  progress: QuestionnaireProgress,
  context: ReportContext,
): QuestionnaireReport {
  const result = questionnaireResult(block, progress);
  const t = (text: Readonly<Record<string, string>>) =>
    truncate(htmlToText(localize(text, context.lang, context.defaultLanguage)), DESCRIPTION_MAX);
  const common = { latencyMs: 0, timestamp: context.timestamp, questionnaire: block.id, weighting: 1 };
  const interactions: InteractionRecord[] = [];
  for (const item of block.definition.items) {
    const answer = progress.answers[item.id];
    if (answer === undefined) continue;
    interactions.push({
      ...common,
      id: item.id,
      type: 'likert',
      description: t(item.labels ?? { [context.lang]: item.id }),
      response: { type: 'likert', choice: answer === NOT_APPLICABLE ? NOT_APPLICABLE : String(answer) },
      correctPatterns: NO_CORRECT_PATTERNS,
      result: 'neutral',
    });
  }
  const country = respondentCountry(block, progress.background);
  for (const scenario of shownScenarios(block, country)) {
    const answer = progress.answers[scenario.id];
    if (typeof answer !== 'string') continue;
    const credit = scenario.options.find((o) => o.id === answer)?.credit ?? 0;
    interactions.push({
      ...common,
      id: scenario.id,
      type: 'choice',
      description: t(block.scenarioPrompts[scenario.id] ?? { [context.lang]: scenario.id }),
      response: { type: 'choice', choices: [answer] },
      correctPatterns: block.correctPatterns[scenario.id] ?? NO_CORRECT_PATTERNS,
      result: credit === 100 ? 'correct' : 'incorrect',
    });
  }
  const outcome: QuestionnaireOutcome = {
    questionnaireId: block.id,
    name: { ...block.definition.labels },
    index: result.index,
    level: result.level?.id ?? null,
    dimensions: Object.fromEntries(result.dimensions.map((d) => [d.id, d.score])),
    model: { ...result.model },
    researchConsent: progress.researchConsent,
    background: progress.researchConsent ? keptBackground(block, progress) : {},
    durationMs: Math.max(0, Math.round(context.durationMs)),
    timestamp: context.timestamp,
  };
  return { result, interactions, outcome };
}
