import type { LocalizedSource } from './course-source.ts';

/**
 * A questionnaire file as written by authors (e.g. agility/questionnaire.yaml): it mirrors
 * schema/questionnaire.schema.json. Every id (item, scenario, option, dimension, background question and
 * option) is stable and identical across languages.
 */
export interface QuestionnaireFileSource {
  /** Id of a built-in scoring model of @dlis/agility. */
  model: 'dlis-agility-index';
  /** Version of the model the wording was written for. */
  version?: string;
  dimensions?: Record<string, { intro: LocalizedSource }>;
  /** Plain text per language, by item id. */
  items: Record<string, LocalizedSource>;
  scenarios: Record<string, QuestionnaireScenarioSource>;
  background: BackgroundQuestionSource[];
  consent: {
    /** A Markdown file (one per language) or Markdown per language. */
    notice: string | LocalizedSource;
    diagnostic: LocalizedSource;
    research: LocalizedSource;
  };
}

export interface QuestionnaireScenarioSource {
  /** Markdown per language. */
  prompt: LocalizedSource;
  /** By option id: plain-text label, inline-Markdown feedback. */
  options: Record<string, { label: LocalizedSource; feedback: LocalizedSource }>;
}

export interface BackgroundQuestionSource {
  id: string;
  label: LocalizedSource;
  required?: boolean;
  country?: boolean;
  askedIf?: { question: string; anyOf: string[] };
  options: { id: string; label: LocalizedSource }[];
}
