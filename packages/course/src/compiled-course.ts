/**
 * The compiled course: what `compileCourse()` produces and what the player reads.
 *
 * This file is the contract between the Node side (course, packager) and the browser side (player).
 * It holds types only, so the player can load it without pulling any Node code.
 * Every default has been applied and every Markdown text is already sanitised HTML.
 */

import type { CorrectPatterns } from '@dlis/tracking/correct-patterns';

export type { CorrectPatterns };

/** A BCP 47 language tag as declared in course.yaml (`fr`, `en`, `el`, `ro`, `de`, ...). */
export type LanguageTag = string;

/** One value per language of the package. A single-language package has a single key. */
export type Localized<T = string> = Record<LanguageTag, T>;

export const COMPILED_COURSE_FORMAT = 1;

// The one function of the contract: browser-safe (no Node import), so `@dlis/course/compiled` may offer it.
// (The questionnaire keys come first: the player bundle's module order, hence its bytes, follows this order.)
export {
  QuestionnaireStateKey,
  questionnaireStateKey,
  questionnaireSteps,
} from './questionnaire-state-keys.ts';
export { learnerStateLayout, type LearnerStateLayout } from './learner-state-layout.ts';
export { htmlToText, truncate } from './html-to-text.ts';
export { bestChoices } from './kinds/scenario/best-choices.ts';
export { DESCRIPTION_MAX } from './question-texts.ts';
export { isShown, validVariableValues, visibleCourse } from './visible-course.ts';
export { isReadingCourse } from './reading-course.ts';
export {
  completeCourse,
  questionTexts,
  type BlockWithoutTexts,
  type CourseWithoutTexts,
} from './complete-course.ts';
// What the compiled course says about each block kind: its player element and add-on (kinds/<type>/).
export { compiledBlockKinds, compiledBlockKind } from './kinds/compiled-block-kinds.ts';
export {
  PLAYER_ADDONS,
  type BlockType,
  type CompiledBlockKind,
  type PlayerAddon,
} from './kinds/compiled-block-kind.ts';
import type { LearnerStateLayout } from './learner-state-layout.ts';

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
  /** Terms defined once per course, sorted by term in the default language. Empty when none. */
  glossary: GlossaryEntry[];
  /** Look of the course; absent = the player's default theme. */
  theme?: CompiledTheme;
  /** The cover's image, duration and objectives (issue 16); absent when course.yaml has no `cover`. */
  cover?: CompiledCover;
  /**
   * Course variables of conditional content (`when` on pages, blocks and questions); absent when the course
   * declares none. `visibleCourse()` gives the course a learner sees for given values.
   */
  variables?: CompiledVariable[];
  /**
   * Where the suspend-data codec writes each page, answer, checklist, bank and scenario: `learnerStateLayout()`
   * of this course, computed at build time so that the player does not derive it at every start.
   */
  stateLayout: LearnerStateLayout;
}

/**
 * `questionnaire-submitted`: complete once the course's questionnaire block was submitted (the loader checks the
 * course has one); no pass/fail.
 */
export type CompletionRule = 'all-pages-viewed' | 'assessment-passed' | 'questionnaire-submitted';

export interface CompiledAssessment {
  /** Every scored question (and scored scenario) id in course order, bank candidates included. */
  questionIds: string[];
  /**
   * Points of a complete attempt: Σ points of the scored questions outside banks + Σ over banks of
   * draw × points (every question of a bank has the same points, which the loader checks) + Σ points of the
   * scored scenarios. The same for every attempt, whatever the banks draw.
   */
  maxPoints: number;
  /** The question banks, in course order. */
  banks: { id: string; draw: number; questionIds: string[] }[];
  /** When feedback on scored questions shows: right after each answer, or only once the assessment is submitted. */
  feedback: FeedbackTiming;
  /** How many times the learner may submit the assessment (0 = no limit). Each new attempt draws new bank questions. */
  maxAttempts: number;
}

export type FeedbackTiming = 'immediate' | 'on-submit';

/** A course variable: its values in display order, and the launch parameter that may give its value. */
export interface CompiledVariable {
  id: string;
  label: Localized;
  values: { id: string; label: Localized }[];
  /** Name of the launch parameter (URL query or cmi5 launchParameters) that may set it. */
  launchParameter?: string;
}

/**
 * When a page, block or question shows: variable id → the values for which it does. Every variable listed must
 * have one of its values; content whose variable has no value yet is hidden.
 */
export type Condition = Record<string, string[]>;

/** Values of the course variables, by variable id (a variable without a value is absent). */
export type VariableValues = Readonly<Record<string, string>>;

/** What pages, blocks and questions may carry. */
export interface Conditional {
  when?: Condition;
}

export interface CompiledModule {
  id: string;
  title: Localized;
  pages: CompiledPage[];
}

export interface CompiledPage extends Conditional {
  id: string;
  title: Localized;
  blocks: CompiledBlock[];
}

import type { QuestionnaireBlock } from './compiled-questionnaire.ts';
import type { BannerBlock, FlashcardsBlock, ImageTextBlock } from './compiled-visual-blocks.ts';
export type { BannerBlock, FlashcardsBlock, ImageTextBlock } from './compiled-visual-blocks.ts';
export type {
  BackgroundQuestion,
  QuestionnaireBlock,
  QuestionnaireConsent,
  QuestionnaireInteraction,
} from './compiled-questionnaire.ts';

export type CompiledBlock = (
  | MarkdownBlock
  | ImageBlock
  | CalloutBlock
  | QuestionBlock
  | QuestionBankBlock
  | ScenarioBlock
  | MediaBlock
  | AccordionBlock
  | TabsBlock
  | KeyFiguresBlock
  | QuoteBlock
  | ResourcesBlock
  | GlossaryBlock
  | ChecklistBlock
  | ToolSheetBlock
  | ProcessBlock
  | LabelledGraphicBlock
  | QuestionnaireBlock
  | VariableChoiceBlock
  | ImageTextBlock
  | BannerBlock
  | FlashcardsBlock
) &
  Conditional;

/** Lets the learner choose the value of a course variable (recorded as a neutral choice interaction). */
export interface VariableChoiceBlock {
  type: 'variable-choice';
  id: string;
  /** Id of a CompiledCourse.variables entry. */
  variable: string;
  /** Sanitised inline HTML. */
  prompt: Localized;
  /**
   * Plain text of the prompt cut to 250 characters (the interaction description), computed at build time;
   * absent when that is the prompt itself.
   */
  description?: Localized;
  /** Answered like a choice question among the variable's values: computed at build time. */
  interaction: CompiledInteraction;
}

export interface MarkdownBlock {
  type: 'markdown';
  id: string;
  /** Sanitised HTML, one per language. Glossary terms are links `<a href="#glossary-<id>" data-glossary="<id>">`. */
  html: Localized;
}

/** A course image as a block shows it (image, image-text, banner, labelled graphic). */
export interface CompiledImage {
  /** Path inside the package, relative to index.html (e.g. `assets/3f2a9c1e-photo.jpg`). */
  src: string;
  /** Its intrinsic size, when known (absent for an SVG without one). */
  width?: number;
  height?: number;
  /** Resized copies for `srcset` (`<path> <width>w, …`), made by the packager; absent when none. */
  srcset?: string;
  /** Alternative text; `null` when the image is decorative (rendered with alt=""). */
  alt: Localized | null;
}

export interface ImageBlock extends CompiledImage {
  type: 'image';
  id: string;
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

/** Audio or video shipped in the package. Never autoplays; video always has captions; both have a transcript. */
export interface MediaBlock {
  type: 'media';
  id: string;
  kind: 'audio' | 'video';
  title: Localized;
  /** The media file per language (the same path in every language when there is one recording). */
  src: Localized<{ path: string; mimeType: string; bytes: number }>;
  /** WebVTT caption tracks (required for video: at least one per course language), package paths. */
  captions: { lang: LanguageTag; path: string; label: string }[];
  /** Full transcript, sanitised HTML, per language. */
  transcript: Localized;
  /** Poster image for video, package path. */
  poster?: string;
}

export interface AccordionBlock {
  type: 'accordion';
  id: string;
  items: { id: string; title: Localized; html: Localized }[];
}

export interface TabsBlock {
  type: 'tabs';
  id: string;
  /** Accessible name of the tab list. */
  label: Localized;
  tabs: { id: string; title: Localized; html: Localized }[];
}

/** Ordered steps shown one at a time (Previous / Next), all of them in print or on request. */
export interface ProcessBlock {
  type: 'process';
  id: string;
  title?: Localized;
  /** At least 2; each a plain-text title and a sanitised HTML body. */
  steps: { id: string; title: Localized; html: Localized }[];
}

/** An image with numbered markers, each a button that shows its label and description. */
export interface LabelledGraphicBlock extends CompiledImage {
  type: 'labelled-graphic';
  id: string;
  title?: Localized;
  /** What the image shows, for people who cannot see it. */
  alt: Localized;
  /** In reading order (their numbers); `x`, `y`: the marker's centre in % of the image width and height. */
  markers: { id: string; x: number; y: number; label: Localized; html?: Localized }[];
}

export interface KeyFiguresBlock {
  type: 'key-figures';
  id: string;
  title?: Localized;
  /** `value` is display text (e.g. `27,7 %`), written by the author in each language's conventions. */
  figures: { id: string; value: Localized; label: Localized; source?: Localized }[];
}

export interface QuoteBlock {
  type: 'quote';
  id: string;
  /** `testimony`: the words of a person supported or a practitioner (shown as such); `quote`: a cited text. */
  kind: 'quote' | 'testimony';
  html: Localized;
  author?: Localized;
  /** Role or context of the author (plain text), e.g. "assistante sociale, Liège". */
  role?: Localized;
  source?: Localized;
}

export type ResourceItem =
  | {
      kind: 'download';
      id: string;
      title: Localized;
      /** Package path per language. */
      file: Localized<{ path: string; bytes: number; format: string }>;
      description?: Localized;
    }
  | { kind: 'link'; id: string; title: Localized; url: Localized; description?: Localized };

export interface ResourcesBlock {
  type: 'resources';
  id: string;
  title?: Localized;
  items: ResourceItem[];
}

/** Shows the whole course glossary (CompiledCourse.glossary), usually on its own page. */
export interface GlossaryBlock {
  type: 'glossary';
  id: string;
}

export interface GlossaryEntry {
  /** Used in links from the text: `glossary-<id>`. */
  id: string;
  term: Localized;
  /** Sanitised inline HTML. */
  definition: Localized;
}

/** A list the learner ticks; the ticks are saved in the learner state (not scored, not an interaction). */
export interface ChecklistBlock {
  type: 'checklist';
  id: string;
  title?: Localized;
  items: { id: string; html: Localized }[];
}

/** A printable "fiche-outil": a self-contained sheet with a print button, printed on one page. */
export interface ToolSheetBlock {
  type: 'tool-sheet';
  id: string;
  title: Localized;
  html: Localized;
}

export type QuestionKind =
  | 'single-choice'
  | 'multiple-choice'
  | 'true-false'
  | 'matching'
  | 'ordering'
  | 'fill-in'
  | 'numeric'
  | 'likert';

interface QuestionCommon extends Conditional {
  type: 'question';
  id: string;
  /** Sanitised inline HTML of the question text. */
  prompt: Localized;
  /** Whether the question counts in the assessment (always false for likert). */
  scored: boolean;
  /** Weight of the question in the assessment (SCORM interaction weighting). */
  points: number;
  /** How many times the learner may check this question before it locks (0 = no limit). */
  maxAttempts: number;
  /** General feedback shown after answering, per outcome (sanitised HTML). */
  feedback: { correct?: Localized; incorrect?: Localized };
  /**
   * Plain text of the prompt cut to 250 characters (the interaction description), computed at build time;
   * absent when that is the prompt itself (no markup, short enough).
   */
  description?: Localized;
  /**
   * The expected answer as plain text, shown in review (numbers in each language's format), computed at build
   * time; absent when the question has no right answer (likert, opinion choices).
   */
  expected?: Localized;
  /** Its xAPI/SCORM interaction type and components, computed at build time by its kind (kinds/<kind>/). */
  interaction: CompiledInteraction;
  /**
   * Its correct responses as SCORM 1.2, SCORM 2004 and xAPI write them, computed at build time by its kind
   * (`correct`): the player and tracking only read them. By language (`byLanguage`, the learner's) when they
   * differ from one to another (fill-in: the learner's accepted answers first).
   */
  correctPatterns: CorrectPatterns | { byLanguage: Record<LanguageTag, CorrectPatterns> };
}

/** The interaction types of SCORM 2004 the player records (the SCORM 1.2 adapter maps them to 1.2's). */
export type InteractionType =
  'choice' | 'true-false' | 'matching' | 'sequencing' | 'fill-in' | 'numeric' | 'likert';

/** One interaction component (xAPI 1.0.3 §2.4.4.1): an id and the plain text of its label per language. */
export interface InteractionComponent {
  id: string;
  description?: Localized;
}

/**
 * What the standards know of one interaction besides the answer, computed at build time so that tracking and the
 * packager read data: its type and the components a consumer needs to read a response from the statement alone.
 */
export interface CompiledInteraction {
  type: InteractionType;
  choices?: InteractionComponent[];
  scale?: InteractionComponent[];
  source?: InteractionComponent[];
  target?: InteractionComponent[];
  steps?: InteractionComponent[];
}

export interface ChoiceQuestion extends QuestionCommon {
  kind: 'single-choice' | 'multiple-choice' | 'true-false';
  /** For true-false the choices are always `true` then `false`. */
  choices: CompiledChoice[];
}

/** Match each source to one target; score = points × (correct pairs / sources). */
export interface MatchingQuestion extends QuestionCommon {
  kind: 'matching';
  sources: { id: string; label: Localized }[];
  /** May hold more targets than sources (distractors); a target may be used once only. */
  targets: { id: string; label: Localized }[];
  /** The correct target id of each source, in `sources` order. */
  answer: string[];
  /**
   * Plain text of each target label, by target id (what an <option> holds), computed at build time; only the
   * labels that have markup or entities (the others are their own plain text).
   */
  labelTexts: Record<string, Localized>;
}

/** Put the items in order; right only when the whole order is right (score = points or 0). */
export interface OrderingQuestion extends QuestionCommon {
  kind: 'ordering';
  /** In the CORRECT order; the player shows them in a stable shuffled order. */
  items: { id: string; label: Localized }[];
  /** Plain text of each item label, by item id (for button names): as in MatchingQuestion.labelTexts. */
  labelTexts: Record<string, Localized>;
}

/** A short typed answer. Right when it equals one of the accepted answers under the comparison options. */
export interface FillInQuestion extends QuestionCommon {
  kind: 'fill-in';
  accepted: Localized<string[]>;
  /** Whether upper/lower case must match (default false). */
  caseSensitive: boolean;
  /** Whether accents must match (default false: "eleve" = "élève"). */
  accentSensitive: boolean;
  /** Longest answer the field takes (characters); bounds the suspend data. */
  maxLength: number;
}

/** A number; right when it equals `exact`, or lies in [min, max] (inclusive). */
export interface NumericQuestion extends QuestionCommon {
  kind: 'numeric';
  exact?: number;
  min?: number;
  max?: number;
  /** Unit shown after the field, plain text (e.g. `%`, `€`). */
  unit?: Localized;
  /** Decimal places accepted (0 = integers only). */
  decimals: number;
}

/** An opinion scale with no correct answer (never scored); its answer is recorded as a likert interaction. */
export interface LikertQuestion extends QuestionCommon {
  kind: 'likert';
  scale: { id: string; label: Localized }[];
}

export type QuestionBlock =
  ChoiceQuestion | MatchingQuestion | OrderingQuestion | FillInQuestion | NumericQuestion | LikertQuestion;

/** A question without the plain texts computed at build time (the loader's model; input of the computation). */
export type QuestionWithoutTexts = QuestionBlock extends infer Q
  ? Q extends unknown
    ? Omit<Q, 'description' | 'expected' | 'labelTexts' | 'interaction' | 'correctPatterns'>
    : never
  : never;

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

/**
 * Draws `draw` of its questions for each assessment attempt, with a seed kept in the learner state
 * (the same seed always draws the same questions, in the same order). Every question has the same points.
 */
export interface QuestionBankBlock {
  type: 'question-bank';
  id: string;
  draw: number;
  questions: QuestionBlock[];
}

/**
 * A branching scenario: from `start`, each situation offers choices leading to another situation or an ending.
 * Score of a run = Σ scores of the choices taken, reported as points × (run score / maxScore).
 * The loader guarantees: every situation reachable from `start`, every situation has a way to an ending.
 */
export interface ScenarioBlock {
  type: 'scenario';
  id: string;
  title: Localized;
  /** Sanitised HTML shown before the first situation. */
  intro?: Localized;
  start: string;
  situations: ScenarioSituation[];
  endings: ScenarioEnding[];
  /** The people who speak (situations name one as `speaker`): the dialogue look. Absent: a plain case. */
  characters?: ScenarioCharacter[];
  scored: boolean;
  points: number;
  /** Best score a run can reach (over paths that visit no situation twice), computed at build time; > 0 if scored. */
  maxScore: number;
}

export interface ScenarioSituation {
  id: string;
  /** Sanitised HTML: what happens, what the person says. */
  html: Localized;
  /**
   * Plain text of `html` cut to 250 characters (the description of its decisions), computed at build time;
   * absent when that is `html` itself.
   */
  description?: Localized;
  choices: ScenarioChoice[];
  /** Its decisions' interaction (a choice among `choices`), computed at build time. */
  interaction: CompiledInteraction;
  /**
   * Its decisions' correct responses in each standard's format, computed at build time: one choice pattern per
   * best-scored choice (`bestChoices`), none when every choice scores the same. The player copies them as they are.
   */
  correctPatterns: CorrectPatterns;
  /** Id of a ScenarioBlock.characters entry: the situation is shown as that person's speech bubble. */
  speaker?: string;
}

/** A person of a scenario's dialogue: the name is always shown as text; the avatar is optional. */
export interface ScenarioCharacter {
  id: string;
  name: Localized;
  /** Package path of the avatar image (compiled) or its absolute path (model). */
  avatar?: string;
  /** Alternative text of the avatar; null when decorative. Absent without an avatar. */
  alt?: Localized | null;
}

export interface ScenarioChoice {
  id: string;
  /** Sanitised inline HTML. */
  label: Localized;
  /** Consequence shown after choosing (sanitised HTML). */
  feedback?: Localized;
  /** Points of this choice (may be negative). */
  score: number;
  /** Id of the next situation or of an ending. */
  next: string;
}

export interface ScenarioEnding {
  id: string;
  html: Localized;
  /** How the ending reads; shown in text, never by colour alone. */
  tone: 'positive' | 'mixed' | 'negative';
}

/** How long a course takes, in minutes (`min` = `max` for one figure). */
export interface CourseDuration {
  min: number;
  max: number;
}

/** An image file of the package with its intrinsic size (absent for an SVG without one). */
export interface ImageFile {
  /** Path inside the package, relative to index.html. */
  path: string;
  width?: number;
  height?: number;
  /** Resized copies for the `srcset` attribute (`<path> <width>w, …`), made at build time; absent when none. */
  srcset?: string;
}

/** What the cover at the top of the first page shows besides the title, description and modules. */
export interface CompiledCover {
  /** One file per package language (the same file when course.yaml gives one), with its text alternative. */
  image?: { files: Record<LanguageTag, ImageFile>; alt: Localized };
  duration?: CourseDuration;
  /** Plain text, one per objective. Empty when none. */
  objectives: Localized[];
}

/** Course look: colours are checked at build time (contrast ≥ 4.5:1 against the background). */
export interface CompiledTheme {
  /** Package path of the logo image, with its alternative text. */
  logo?: { path: string; alt: Localized };
  colors: { primary: string; accent: string; text: string; background: string };
  /** Font files shipped in the package (woff2), with the family name the CSS uses. */
  font?: {
    family: string;
    /**
     * `unicodeRange` (CSS `unicode-range` syntax, added for issue 3, optional): the characters a subset file
     * covers, so that the browser loads each subset only when needed and uses both (latin + latin-ext).
     */
    files: { path: string; weight: number; style: 'normal' | 'italic'; unicodeRange?: string }[];
  };
}

/** Tracking targets a package can be built for. */
export type PackageTarget = 'scorm12' | 'scorm2004' | 'cmi5' | 'xapi' | 'web';

/**
 * What a package's index.html embeds in `<script type="application/json" id="dlis-course">`.
 * Embedding (instead of fetching course.json) keeps packages working from file://.
 */
export interface PlayerPayload {
  target: PackageTarget;
  course: CompiledCourse;
  /**
   * xAPI reporting. Always present for the cmi5 and xapi targets (their launch names the LRS and the learner);
   * for scorm12, scorm2004 and web only when the course or `dlis build` names an LRS (hybrid reporting).
   */
  xapi?: PayloadXapi;
}

/** How a package reports to an LRS. Credentials are never embedded unless the build was told to (it warns). */
export interface PayloadXapi {
  /** LRS endpoint (ending with `/`). For cmi5 and xapi launches the launch's endpoint wins. */
  endpoint?: string;
  /**
   * `Basic …` of a write-only key (scope statements/write), present only when built with the explicit flag that
   * embeds it. Otherwise credentials come from the launch URL (`auth`), or the package reports nothing to the LRS.
   */
  authorization?: string;
  /**
   * `pseudonymous` (default): an account, no name or e-mail. `named`: the course opted in to send the learner's
   * name and e-mail when the launch gives them (`dlis build` warns).
   */
  identity: 'pseudonymous' | 'named';
}
