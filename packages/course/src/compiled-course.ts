/**
 * The compiled course: what `compileCourse()` produces and what the player reads.
 *
 * This file is the contract between the Node side (course, packager) and the browser side (player).
 * It holds types only, so the player can import it without pulling any Node code.
 * Every default has been applied and every Markdown text is already sanitised HTML.
 */

/** A BCP 47 language tag as declared in course.yaml (`fr`, `en`, `el`, `ro`, `de`, ...). */
export type LanguageTag = string;

/** One value per language of the package. A single-language package has a single key. */
export type Localized<T = string> = Record<LanguageTag, T>;

export const COMPILED_COURSE_FORMAT = 1;

// The one function of the contract: browser-safe (no Node import), so `@dlis/course/compiled` may offer it.
export { learnerStateLayout } from './learner-state-layout.ts';

export interface CompiledCourse {
  /** Format of this object; the player refuses a format it does not know. */
  format: typeof COMPILED_COURSE_FORMAT;
  /** Stable course id from course.yaml (used in manifest identifiers and xAPI IRIs). */
  id: string;
  version: string;
  languages: LanguageTag[];
  defaultLanguage: LanguageTag;
  title: Localized;
  description: Localized;
  /** Authors as listed in course.yaml (for manifest metadata and credits). Added in format 1, optional. */
  authors?: { name: string; organisation?: string }[];
  /** SPDX licence identifier or expression, e.g. `CC-BY-SA-4.0`. Added in format 1, optional. */
  licence?: string;
  /** How the course becomes complete. */
  completion: CompletionRule;
  /** Mastery score 0–100; the LMS's own mastery score wins over it at run time. */
  masteryScore: number;
  modules: CompiledModule[];
  /** Derived from the scored questions, in course order. Empty when the course has no assessment. */
  assessment: CompiledAssessment;
}

export type CompletionRule = 'all-pages-viewed' | 'assessment-passed';

export interface CompiledAssessment {
  questionIds: string[];
  /** Sum of the points of the scored questions. */
  maxPoints: number;
}

export interface CompiledModule {
  id: string;
  title: Localized;
  pages: CompiledPage[];
}

export interface CompiledPage {
  id: string;
  title: Localized;
  blocks: CompiledBlock[];
}

export type CompiledBlock = MarkdownBlock | ImageBlock | CalloutBlock | QuestionBlock;

export interface MarkdownBlock {
  type: 'markdown';
  id: string;
  /** Sanitised HTML, one per language. */
  html: Localized;
}

export interface ImageBlock {
  type: 'image';
  id: string;
  /** Path inside the package, relative to index.html (e.g. `assets/3f2a9c1e-photo.jpg`). */
  src: string;
  width?: number;
  height?: number;
  /** Alternative text; `null` when the image is decorative (rendered with alt=""). */
  alt: Localized | null;
  /** Sanitised inline HTML. */
  caption?: Localized;
}

export type CalloutVariant = 'info' | 'tip' | 'warning' | 'important';

export interface CalloutBlock {
  type: 'callout';
  id: string;
  variant: CalloutVariant;
  title?: Localized;
  html: Localized;
}

export type QuestionKind = 'single-choice' | 'multiple-choice' | 'true-false';

export interface QuestionBlock {
  type: 'question';
  id: string;
  kind: QuestionKind;
  /** Sanitised HTML of the question text. */
  prompt: Localized;
  /** For true-false the choices are always `true` then `false`. */
  choices: CompiledChoice[];
  /** Whether the question counts in the assessment. */
  scored: boolean;
  /** Weight of the question in the assessment (SCORM interaction weighting). */
  points: number;
  /** General feedback shown after answering, per outcome (sanitised HTML). */
  feedback: { correct?: Localized; incorrect?: Localized };
}

export interface CompiledChoice {
  id: string;
  /** Sanitised inline HTML. */
  label: Localized;
  correct: boolean;
  /**
   * Share of the question's points earned by selecting this choice, in [-1, 1].
   * Question score = points × clamp(Σ weights of the selected choices, 0, 1).
   */
  weight: number;
  /** Sanitised HTML shown when this choice is selected. */
  feedback?: Localized;
}

/** Tracking targets a package can be built for. */
export type PackageTarget = 'scorm12' | 'scorm2004' | 'web';

/**
 * What a package's index.html embeds in `<script type="application/json" id="dlis-course">`.
 * Embedding (instead of fetching course.json) keeps packages working from file://.
 */
export interface PlayerPayload {
  target: PackageTarget;
  course: CompiledCourse;
}
