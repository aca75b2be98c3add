import type { AgilityDefinition } from '@dlis/agility';
import type { BackgroundQuestion } from './compiled-questionnaire.ts';
import type {
  BannerBlock,
  CalloutVariant,
  CompiledVariable,
  CompletionRule,
  Conditional,
  CourseDuration,
  FeedbackTiming,
  FlashcardsBlock,
  GlossaryBlock,
  ImageTextBlock,
  KeyFiguresBlock,
  LanguageTag,
  Localized,
  QuestionWithoutTexts,
  ScenarioCharacter,
  ScenarioEnding,
  ScenarioSituation,
  VariableChoiceBlock,
} from './compiled-course.ts';
import type { CourseTracking } from './course-tracking.ts';

/**
 * A validated course: every default applied, every file read and checked. `compileCourse()` turns it into
 * the player's CompiledCourse without touching the file system again.
 */
export interface CourseModel {
  /** Absolute path of the course folder. */
  dir: string;
  id: string;
  version: string;
  languages: LanguageTag[];
  defaultLanguage: LanguageTag;
  title: Localized;
  description: Localized;
  authors: { name: string; organisation?: string }[];
  licence: string;
  completion: CompletionRule;
  /** 0–100, default 80. */
  masteryScore: number;
  modules: ModuleModel[];
  assessment: { feedback: FeedbackTiming; maxAttempts: number };
  /**
   * Links to other courses by id (`links` of course.yaml, empty when none): `[text](link:<id>)` in Markdown
   * becomes this address, or the one a deployment's links file gives (compile option `resourceLinks`).
   */
  links: Record<string, string>;
  /** Sorted by term in the default language; definitions are inline Markdown. */
  glossary: { id: string; term: Localized; definition: Localized }[];
  theme?: ThemeModel;
  /** The cover's image (absolute paths per language), duration (minutes) and objectives, when course.yaml has them. */
  cover?: {
    image?: { src: Localized; alt: Localized };
    duration?: CourseDuration;
    objectives: Localized[];
  };
  /** Course variables of conditional content, in course.yaml order (empty when none). */
  variables: CompiledVariable[];
  /** The `tracking:` section, defaults applied. */
  tracking: CourseTracking;
  /**
   * Every file the course ships (images, media, captions, downloads, fonts, logo), by absolute path as
   * written (before realpath).
   */
  assets: Record<string, AssetModel>;
}

export interface ThemeModel {
  /** `src`: absolute path (a key of CourseModel.assets). */
  logo?: { src: string; alt: Localized };
  colors: { primary: string; accent: string; text: string; background: string };
  /** `src`: absolute paths (keys of CourseModel.assets). */
  font?: {
    family: string;
    files: { src: string; weight: number; style: 'normal' | 'italic'; unicodeRange?: string }[];
  };
}

export interface AssetModel {
  /** Absolute path of the file. */
  source: string;
  /** Hex SHA-256 of the content. */
  sha256: string;
  /** Lowercase extension without the dot (`png`, `jpg`, `svg`, ...). */
  ext: string;
  bytes: number;
  width?: number;
  height?: number;
}

/** An asset as the checks found it: loadCourse() adds its hash for the model (`dlis validate` needs none). */
export type CheckedAsset = Omit<AssetModel, 'sha256'>;

export interface ModuleModel {
  id: string;
  title: Localized;
  pages: PageModel[];
}

export interface PageModel extends Conditional {
  id: string;
  title: Localized;
  blocks: BlockModel[];
}

export type BlockModel = (
  | MarkdownBlockModel
  | ImageBlockModel
  | CalloutBlockModel
  | QuestionBlockModel
  | QuestionBankBlockModel
  | ScenarioBlockModel
  | MediaBlockModel
  | AccordionBlockModel
  | TabsBlockModel
  | KeyFiguresBlock
  | QuoteBlockModel
  | ResourcesBlockModel
  | GlossaryBlock
  | ChecklistBlockModel
  | ToolSheetBlockModel
  | ProcessBlockModel
  | LabelledGraphicBlockModel
  | QuestionnaireBlockModel
  | VariableChoiceBlockModel
  | ImageTextBlockModel
  | BannerBlockModel
  | FlashcardsBlockModel
) &
  Conditional;

/** `src` absolute (a key of CourseModel.assets), the text as Markdown. */
export interface ImageTextBlockModel extends Omit<ImageTextBlock, 'html' | 'width' | 'height'> {
  body: Localized<MarkdownText>;
}

/** `src` absolute (a key of CourseModel.assets). */
export type BannerBlockModel = Omit<BannerBlock, 'width' | 'height'>;

/** The sides of each card are inline Markdown. */
export type FlashcardsBlockModel = FlashcardsBlock;

/** The prompt is inline Markdown. */
export type VariableChoiceBlockModel = Omit<VariableChoiceBlock, 'interaction'>;

/** Localized Markdown bodies (read from files or written in course.yaml). */
export type Body = Localized<MarkdownText>;

/** Markdown text of one language, and the folder its relative image paths resolve against. */
export interface MarkdownText {
  markdown: string;
  baseDir: string;
}

export interface MarkdownBlockModel {
  type: 'markdown';
  id: string;
  body: Localized<MarkdownText>;
}

export interface ImageBlockModel {
  type: 'image';
  id: string;
  /** Absolute path (a key of CourseModel.assets). */
  src: string;
  /** null when decorative. */
  alt: Localized | null;
  /** Inline Markdown. */
  caption?: Localized;
}

export interface CalloutBlockModel {
  type: 'callout';
  id: string;
  variant: CalloutVariant;
  title?: Localized;
  body: Localized<MarkdownText>;
}

/**
 * Questions have the compiled shape, with inline Markdown where the compiled course has HTML (prompt,
 * labels, feedback); true-false labels are plain text.
 */
export type QuestionBlockModel = QuestionWithoutTexts;

export interface QuestionBankBlockModel {
  type: 'question-bank';
  id: string;
  draw: number;
  questions: QuestionBlockModel[];
}

/** Choice labels and feedback are inline Markdown. */
export interface ScenarioBlockModel {
  type: 'scenario';
  id: string;
  title: Localized;
  intro?: Body;
  start: string;
  situations: (Omit<ScenarioSituation, 'html' | 'description' | 'interaction' | 'correctPatterns'> & {
    body: Body;
  })[];
  endings: (Omit<ScenarioEnding, 'html'> & { body: Body })[];
  /** Avatars are absolute paths (keys of CourseModel.assets). */
  characters?: ScenarioCharacter[];
  scored: boolean;
  points: number;
  maxScore: number;
}

export interface ProcessBlockModel {
  type: 'process';
  id: string;
  title?: Localized;
  steps: { id: string; title: Localized; body: Body }[];
}

export interface LabelledGraphicBlockModel {
  type: 'labelled-graphic';
  id: string;
  title?: Localized;
  /** Absolute path (a key of CourseModel.assets). */
  src: string;
  alt: Localized;
  /** Descriptions are Markdown. */
  markers: { id: string; x: number; y: number; label: Localized; body?: Body }[];
}

export interface MediaBlockModel {
  type: 'media';
  id: string;
  kind: 'audio' | 'video';
  title: Localized;
  /** Absolute path per language (keys of CourseModel.assets). */
  src: Localized;
  captions: { lang: LanguageTag; src: string }[];
  transcript: Body;
  poster?: string;
}

export interface AccordionBlockModel {
  type: 'accordion';
  id: string;
  items: { id: string; title: Localized; body: Body }[];
}

export interface TabsBlockModel {
  type: 'tabs';
  id: string;
  label: Localized;
  tabs: { id: string; title: Localized; body: Body }[];
}

export interface QuoteBlockModel {
  type: 'quote';
  id: string;
  kind: 'quote' | 'testimony';
  body: Body;
  author?: Localized;
  role?: Localized;
  source?: Localized;
}

export interface ResourcesBlockModel {
  type: 'resources';
  id: string;
  title?: Localized;
  items: (
    | { kind: 'download'; id: string; title: Localized; description?: Localized; file: Localized }
    | { kind: 'link'; id: string; title: Localized; description?: Localized; url: Localized }
  )[];
}

/** Item texts are inline Markdown. */
export interface ChecklistBlockModel {
  type: 'checklist';
  id: string;
  title?: Localized;
  items: { id: string; text: Localized }[];
}

export interface ToolSheetBlockModel {
  type: 'tool-sheet';
  id: string;
  title: Localized;
  body: Body;
}

/**
 * What a questionnaire file gives once checked: the scoring model with the item and option wording filled in
 * (plain text, every course language), and the Markdown the compiler renders.
 */
export interface QuestionnaireParts {
  definition: AgilityDefinition;
  scenarioPrompts: Record<string, Body>;
  /** Inline Markdown, `[scenarioId][optionId]`. */
  scenarioFeedback: Record<string, Record<string, Localized>>;
  dimensionIntros: Record<string, Body>;
  background: BackgroundQuestion[];
  consent: { notice: Body; diagnostic: Localized; research: Localized };
}

export interface QuestionnaireBlockModel extends QuestionnaireParts {
  type: 'questionnaire';
  id: string;
  /** Link of each recommended resource that has one, by resource id (from course.yaml). */
  resourceLinks: Record<string, string>;
}
