/**
 * The compiled questionnaire block: the digital agility index as the player runs it (issue 6). Part of the
 * compiled-course contract (types only, browser-safe). Scoring is @dlis/agility's `scoreQuestionnaire()` on
 * `definition`, in the browser and in the analytics alike.
 */

import type { AgilityDefinition } from '@dlis/agility';
import type { CorrectPatterns, InteractionComponent, Localized } from './compiled-course.ts';

export interface QuestionnaireBlock {
  type: 'questionnaire';
  /** Questionnaire id: stable, it names the xAPI activity (`activityIri.questionnaire()`) and the saved state. */
  id: string;
  /**
   * The scoring model with every wording the player shows filled in: `items[].labels` and
   * `scenarios[].options[].labels` in each package language. Ids are BRIEF.md's (`1.1` … `8.6`, `D1-S1` … `D7-S2`).
   */
  definition: AgilityDefinition;
  /** The situation of each scenario item, sanitised HTML, by scenario id. */
  scenarioPrompts: Record<string, Localized>;
  /** Feedback on each option of each scenario, shown in the review after submission: `[scenarioId][optionId]`. */
  scenarioFeedback: Record<string, Record<string, Localized>>;
  /** Short introduction of each dimension page, sanitised HTML, by dimension id (a dimension may have none). */
  dimensionIntros: Record<string, Localized>;
  /** Background questions for researchers (BRIEF.md §3.6), in the order they are asked. */
  background: BackgroundQuestion[];
  consent: QuestionnaireConsent;
  /**
   * Link of each resource of `definition.resources` that has one: LMS course URLs or package URLs, set per
   * deployment. A recommended resource without a link is listed without one.
   */
  resourceLinks: Record<string, string>;
  /**
   * The interaction of each item, by item id, computed at build time: a self item's `likert` scale, named by its
   * key in `interactionScales`; a scenario item's `choice` among its options.
   */
  interactions: Record<string, QuestionnaireInteraction>;
  /**
   * The components of each Likert scale the items use, stored once rather than repeated per item: its points
   * `1`…`5`, then `na` for the items that allow it. Keyed by scale id, `+na` appended for the latter (`agreement+na`).
   */
  interactionScales: Record<string, InteractionComponent[]>;
  /**
   * The correct responses of each scenario item in each standard's format, by scenario id, computed at build
   * time: one choice pattern per option with credit 100. Self items have no correct response (none here).
   */
  correctPatterns: Record<string, CorrectPatterns>;
}

/** A questionnaire item's interaction: a self item names its scale, a scenario item lists its options. */
export type QuestionnaireInteraction =
  { type: 'likert'; scale: string } | { type: 'choice'; choices: InteractionComponent[] };

/** One background question: a single choice among bands or categories, never free text (data minimisation). */
export interface BackgroundQuestion {
  /** `Q1` … `Q13` (BRIEF.md §3.6) or another stable id; the xAPI background extension is keyed by it. */
  id: string;
  label: Localized;
  options: { id: string; label: Localized }[];
  /** False: the respondent may skip it (a "prefer not to say" option can also be one of `options`). */
  required: boolean;
  /** Asked only when the answer to `question` is one of `anyOf` (e.g. the year of study only for students). */
  askedIf?: { question: string; anyOf: string[] };
  /** True for the country question: its answer (an option id) selects the scenarios whose `countries` include it. */
  country?: boolean;
}

/** Taking the diagnostic and donating data to research are two separate choices (BRIEF.md §3.6). */
export interface QuestionnaireConsent {
  /**
   * Information notice: controller, purpose, legal basis, retention, rights, DPO contact. Sanitised HTML; what a
   * deploying institution must fill in is clearly marked as such in the text.
   */
  notice: Localized;
  /** Label of the choice to take the diagnostic (required to start). */
  diagnostic: Localized;
  /** Label of the separate, optional choice to donate the answers to research. */
  research: Localized;
}
