import {
  QuestionnaireStateKey,
  questionnaireStateKey,
  questionnaireSteps,
  type BackgroundQuestion,
  type QuestionnaireBlock,
} from '@dlis/course/compiled';
import type { AgilityAnswers, ScenarioItem } from '@dlis/agility';
import type { LearnerState } from '@dlis/tracking';

/** A response per `LearnerState.answers` key (the `SavedAnswer.response`), as the questionnaire reads them. */
export type QuestionnaireResponses = Readonly<Record<string, readonly string[] | undefined>>;

/** Where a learner is in a questionnaire, read from the saved answers (see QuestionnaireStateKey). */
export interface QuestionnaireProgress {
  diagnosticConsent: boolean;
  researchConsent: boolean;
  /** The step shown: `consent`, `background`, a dimension id or `review`. */
  step: string;
  submitted: boolean;
  /**
   * Background answers (option ids) by question id. Without research consent only the country question's: the
   * country is part of the diagnostic (it selects the scenarios), the other questions serve research only.
   */
  background: Record<string, string>;
  /** Answers by item or scenario id, as @dlis/agility reads them: 1..5 or `na` for items, option ids. */
  answers: Record<string, number | string>;
}

/** `LearnerState.answers` reduced to the responses (what the questionnaire reads). */
export function responsesOf(answers: LearnerState['answers']): QuestionnaireResponses {
  return Object.fromEntries(Object.entries(answers).map(([key, a]) => [key, a.response]));
}

/** Reads the progress of `block` from the saved responses; unknown values are ignored. */
export function readProgress(
  block: QuestionnaireBlock,
  saved: QuestionnaireResponses,
): QuestionnaireProgress {
  const get = (part: string) => saved[questionnaireStateKey(block.id, part)] ?? [];
  const consent = get(QuestionnaireStateKey.consent);
  const researchConsent = consent.includes('research');
  const steps = questionnaireSteps(block);
  const step = get(QuestionnaireStateKey.step)[0];
  const background: Record<string, string> = {};
  for (const q of block.background) {
    if (!researchConsent && !q.country) continue;
    const id = get(q.id)[0];
    if (id !== undefined && q.options.some((o) => o.id === id)) background[q.id] = id;
  }
  const answers: Record<string, number | string> = {};
  for (const item of block.definition.items) {
    const value = get(item.id)[0];
    if (value === 'na' && item.notApplicableAllowed) answers[item.id] = 'na';
    else if (value !== undefined && /^[1-5]$/.test(value)) answers[item.id] = Number(value);
  }
  for (const scenario of block.definition.scenarios) {
    const value = get(scenario.id)[0];
    if (value !== undefined && scenario.options.some((o) => o.id === value)) answers[scenario.id] = value;
  }
  return {
    diagnosticConsent: consent.includes('diagnostic'),
    researchConsent,
    step: step !== undefined && steps.includes(step) ? step : 'consent',
    submitted: get(QuestionnaireStateKey.submitted).includes('yes'),
    background,
    answers,
  };
}

/**
 * The background questions asked now: every one whose `askedIf` condition is met by the answers so far; without
 * research consent only the country question (part of the diagnostic: BRIEF.md §3.1 point 5).
 */
export function askedBackground(
  block: QuestionnaireBlock,
  background: Readonly<Record<string, string>>,
  researchConsent: boolean,
): BackgroundQuestion[] {
  return block.background.filter((q) => {
    if (!researchConsent && !q.country) return false;
    if (!q.askedIf) return true;
    const answer = background[q.askedIf.question];
    return answer !== undefined && q.askedIf.anyOf.includes(answer);
  });
}

/** The respondent's country: the answer to the background question marked `country`, if any. */
export function respondentCountry(
  block: QuestionnaireBlock,
  background: Readonly<Record<string, string>>,
): string | undefined {
  const question = block.background.find((q) => q.country);
  return question ? background[question.id] : undefined;
}

/**
 * The scenarios shown: those for every country, plus those whose `countries` include the respondent's country
 * (asked with or without research consent; unanswered: only the scenarios for every country).
 */
export function shownScenarios(block: QuestionnaireBlock, country: string | undefined): ScenarioItem[] {
  return block.definition.scenarios.filter(
    (s) => !s.countries || (country !== undefined && s.countries.includes(country)),
  );
}

/** The steps of the learner: the background step with research consent, or to ask the country question. */
export function stepsFor(block: QuestionnaireBlock, researchConsent: boolean): string[] {
  const background = researchConsent || block.background.some((q) => q.country);
  return questionnaireSteps(block).filter((s) => s !== 'background' || background);
}

/**
 * The answers scored: every self-assessment answer, the answers to the scenarios shown, and only background
 * questions still asked (a changed answer can make a conditional one moot).
 */
export function scoredAnswers(block: QuestionnaireBlock, progress: QuestionnaireProgress): AgilityAnswers {
  const shown = new Set(
    shownScenarios(block, respondentCountry(block, progress.background)).map((s) => s.id),
  );
  return Object.fromEntries(
    Object.entries(progress.answers).filter(
      ([id]) => !block.definition.scenarios.some((s) => s.id === id) || shown.has(id),
    ),
  );
}

/**
 * The background answers reported (QuestionnaireOutcome.background): those to questions still asked; none
 * without research consent, not even the country (it only selects the scenarios then).
 */
export function keptBackground(
  block: QuestionnaireBlock,
  progress: QuestionnaireProgress,
): Record<string, string> {
  if (!progress.researchConsent) return {};
  const asked = new Set(askedBackground(block, progress.background, true).map((q) => q.id));
  return Object.fromEntries(Object.entries(progress.background).filter(([id]) => asked.has(id)));
}
