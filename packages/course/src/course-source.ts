import type { QuestionKind } from './compiled-course.ts';
import type { TrackingSource } from './course-tracking.ts';

/**
 * Types of course.yaml as written by authors: they mirror schema/course.schema.json (the single source of
 * truth; test/course-source.test.ts checks that both list the same keys). Optional keys are optional here;
 * defaults are applied later, when the CourseModel is built.
 */

/** A map from language tag to text: `{ fr: "…", en: "…" }`. */
export type LocalizedSource = Record<string, string>;

export interface CourseSource {
  id: string;
  version: string;
  title: LocalizedSource;
  description: LocalizedSource;
  cover?: CoverSource;
  languages: string[];
  defaultLanguage: string;
  authors?: AuthorSource[];
  licence: string;
  completion: 'all-pages-viewed' | 'assessment-passed' | 'questionnaire-submitted';
  masteryScore?: number;
  assessment?: { feedback?: 'immediate' | 'on-submit'; maxAttempts?: number };
  /** Links to other courses by id, named in Markdown as `[text](link:<id>)`. */
  links?: Record<string, string>;
  glossary?: GlossaryEntrySource[];
  variables?: VariableSource[];
  theme?: ThemeSource;
  tracking?: TrackingSource;
  modules: ModuleSource[];
}

/**
 * A course variable (conditional content): chosen by the learner in a `variable-choice` block, or given by the
 * launch (`launchParameter`). Pages, blocks and questions with `when` show only for the values it names.
 */
export interface VariableSource {
  id: string;
  label: LocalizedSource;
  values: { id: string; label: LocalizedSource }[];
  launchParameter?: string;
}

/** Variable id → the value, or the values, for which the content is shown. */
export type ConditionSource = Record<string, string | string[]>;

/** What every page, block and question may carry. */
export interface ConditionalSource {
  when?: ConditionSource;
}

export interface GlossaryEntrySource {
  id: string;
  term: LocalizedSource;
  definition: LocalizedSource;
}

/** The cover's optional parts (image, duration in minutes, learning objectives). */
export interface CoverSource {
  image?: { src: LocalizedPathSource; alt: LocalizedSource };
  duration?: number | { min: number; max: number };
  objectives?: LocalizedSource[];
}

export interface ThemeSource {
  logo?: { src: string; alt: LocalizedSource };
  colors?: { primary?: string; accent?: string; text?: string; background?: string };
  font?:
    | 'atkinson-hyperlegible'
    | { family: string; files: { src: string; weight?: number; style?: 'normal' | 'italic' }[] };
}

/** One path, or one per language. */
export type LocalizedPathSource = string | LocalizedSource;

/** A body: exactly one of `file` (Markdown file per language) and `text` (Markdown per language). */
export interface BodySource {
  file?: string;
  text?: LocalizedSource;
}

export interface AuthorSource {
  name: string;
  organisation?: string;
}

export interface ModuleSource {
  id: string;
  title: LocalizedSource;
  pages: PageSource[];
}

export interface PageSource extends ConditionalSource {
  id: string;
  title: LocalizedSource;
  blocks: BlockSource[];
}

export type BlockSource =
  | MarkdownBlockSource
  | ImageBlockSource
  | CalloutBlockSource
  | QuestionBlockSource
  | MediaBlockSource
  | AccordionBlockSource
  | TabsBlockSource
  | KeyFiguresBlockSource
  | QuoteBlockSource
  | ResourcesBlockSource
  | ({ type: 'glossary'; id?: string } & ConditionalSource)
  | ChecklistBlockSource
  | ToolSheetBlockSource
  | ProcessBlockSource
  | LabelledGraphicBlockSource
  | QuestionBankBlockSource
  | ScenarioBlockSource
  | QuestionnaireBlockSource
  | VariableChoiceBlockSource
  | ImageTextBlockSource
  | BannerBlockSource
  | FlashcardsBlockSource;

/** An image beside a Markdown text (`file` or `text`). */
export interface ImageTextBlockSource extends ConditionalSource {
  type: 'image-text';
  id?: string;
  src: string;
  alt?: LocalizedSource;
  decorative?: boolean;
  position?: 'left' | 'right';
  file?: string;
  text?: LocalizedSource;
}

/** A full-width banner image with an optional title and subtitle. */
export interface BannerBlockSource extends ConditionalSource {
  type: 'banner';
  id?: string;
  src: string;
  alt?: LocalizedSource;
  decorative?: boolean;
  title?: LocalizedSource;
  subtitle?: LocalizedSource;
  titlePlacement?: 'overlay' | 'below';
}

/** Cards to flip: a short inline-Markdown text on each side. */
export interface FlashcardsBlockSource extends ConditionalSource {
  type: 'flashcards';
  id?: string;
  title?: LocalizedSource;
  cards: { id?: string; front: LocalizedSource; back: LocalizedSource }[];
}

/** Lets the learner choose the value of a course variable. */
export interface VariableChoiceBlockSource extends ConditionalSource {
  type: 'variable-choice';
  id?: string;
  variable: string;
  prompt: LocalizedSource;
}

/** The agility questionnaire: its wording lives in a questionnaire file (QuestionnaireFileSource). */
export interface QuestionnaireBlockSource extends ConditionalSource {
  type: 'questionnaire';
  id?: string;
  /** Path of the questionnaire file (YAML), relative to the course folder. */
  questionnaire: string;
  /** Link of each recommended resource, by resource id of the scoring model. */
  links?: Record<string, string>;
}

export interface MediaBlockSource extends ConditionalSource {
  type: 'media';
  id?: string;
  kind: 'audio' | 'video';
  title: LocalizedSource;
  src: LocalizedPathSource;
  captions?: LocalizedSource;
  /** A Markdown file (per language) or a text per language. */
  transcript: string | LocalizedSource;
  poster?: string;
}

export interface TitledBodySource extends BodySource {
  id?: string;
  title: LocalizedSource;
}

export interface AccordionBlockSource extends ConditionalSource {
  type: 'accordion';
  id?: string;
  items: TitledBodySource[];
}

export interface TabsBlockSource extends ConditionalSource {
  type: 'tabs';
  id?: string;
  label: LocalizedSource;
  tabs: TitledBodySource[];
}

export interface KeyFiguresBlockSource extends ConditionalSource {
  type: 'key-figures';
  id?: string;
  title?: LocalizedSource;
  figures: { id?: string; value: LocalizedSource; label: LocalizedSource; source?: LocalizedSource }[];
}

export interface QuoteBlockSource extends BodySource, ConditionalSource {
  type: 'quote';
  id?: string;
  kind?: 'quote' | 'testimony';
  author?: LocalizedSource;
  role?: LocalizedSource;
  source?: LocalizedSource;
}

export interface ResourcesBlockSource extends ConditionalSource {
  type: 'resources';
  id?: string;
  title?: LocalizedSource;
  items: {
    id?: string;
    title: LocalizedSource;
    description?: LocalizedSource;
    file?: LocalizedPathSource;
    url?: LocalizedPathSource;
  }[];
}

export interface ChecklistBlockSource extends ConditionalSource {
  type: 'checklist';
  id?: string;
  title?: LocalizedSource;
  items: { id?: string; text: LocalizedSource }[];
}

export interface ToolSheetBlockSource extends BodySource, ConditionalSource {
  type: 'tool-sheet';
  id?: string;
  title: LocalizedSource;
}

export interface ProcessBlockSource extends ConditionalSource {
  type: 'process';
  id?: string;
  title?: LocalizedSource;
  steps: TitledBodySource[];
}

export interface LabelledGraphicBlockSource extends ConditionalSource {
  type: 'labelled-graphic';
  id?: string;
  title?: LocalizedSource;
  src: string;
  alt: LocalizedSource;
  markers: { id?: string; x: number; y: number; label: LocalizedSource; text?: LocalizedSource }[];
}

/** Who speaks in a scenario (its `characters`): a name, and an avatar image with its alt text or decorative. */
export interface ScenarioCharacterSource {
  id: string;
  name: LocalizedSource;
  avatar?: string;
  alt?: LocalizedSource;
  decorative?: boolean;
}

export interface QuestionBankBlockSource extends ConditionalSource {
  type: 'question-bank';
  id: string;
  draw: number;
  questions: QuestionBlockSource[];
}

export interface ScenarioBlockSource extends ConditionalSource {
  type: 'scenario';
  id: string;
  title: LocalizedSource;
  intro?: LocalizedSource;
  start: string;
  scored?: boolean;
  points?: number;
  characters?: ScenarioCharacterSource[];
  situations: (BodySource & {
    id: string;
    /** Id of a `characters` entry: the situation reads as that person's speech. */
    speaker?: string;
    choices: {
      id?: string;
      label: LocalizedSource;
      feedback?: LocalizedSource;
      score?: number;
      next: string;
    }[];
  })[];
  endings: (BodySource & { id: string; tone: 'positive' | 'mixed' | 'negative' })[];
}

/** Exactly one of `file` and `text`. */
export interface MarkdownBlockSource extends ConditionalSource {
  type: 'markdown';
  id?: string;
  file?: string;
  text?: LocalizedSource;
}

export interface ImageBlockSource extends ConditionalSource {
  type: 'image';
  id?: string;
  src: string;
  alt?: LocalizedSource;
  decorative?: boolean;
  caption?: LocalizedSource;
}

export interface CalloutBlockSource extends ConditionalSource {
  type: 'callout';
  id?: string;
  variant: 'info' | 'tip' | 'warning' | 'important';
  title?: LocalizedSource;
  file?: string;
  text?: LocalizedSource;
}

export interface QuestionBlockSource extends ConditionalSource {
  /** Optional inside a question bank. */
  type: 'question';
  id: string;
  kind: QuestionKind;
  prompt: LocalizedSource;
  /** single-choice and multiple-choice only. */
  choices?: ChoiceSource[];
  /** true-false only. */
  answer?: boolean;
  feedback?: { correct?: LocalizedSource; incorrect?: LocalizedSource };
  scored?: boolean;
  points?: number;
  maxAttempts?: number;
  /** matching */
  sources?: { id?: string; label: LocalizedSource; match: string }[];
  targets?: { id: string; label: LocalizedSource }[];
  /** ordering, in the correct order */
  items?: { id?: string; label: LocalizedSource }[];
  /** fill-in */
  accepted?: Record<string, string[]>;
  caseSensitive?: boolean;
  accentSensitive?: boolean;
  maxLength?: number;
  /** numeric */
  exact?: number;
  min?: number;
  max?: number;
  decimals?: number;
  unit?: LocalizedSource;
  /** likert */
  scale?: 'agreement-5' | 'frequency-5' | { id?: string; label: LocalizedSource }[];
}

export interface ChoiceSource {
  id?: string;
  label: LocalizedSource;
  correct?: boolean;
  weight?: number;
  feedback?: LocalizedSource;
}
