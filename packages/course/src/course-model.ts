import type {
  CalloutVariant,
  CompletionRule,
  LanguageTag,
  Localized,
  QuestionKind,
} from './compiled-course.ts';

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
  /** Every image the course uses (blocks and Markdown), by absolute path as written (before realpath). */
  assets: Record<string, AssetModel>;
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

export interface ModuleModel {
  id: string;
  title: Localized;
  pages: PageModel[];
}

export interface PageModel {
  id: string;
  title: Localized;
  blocks: BlockModel[];
}

export type BlockModel = MarkdownBlockModel | ImageBlockModel | CalloutBlockModel | QuestionBlockModel;

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

export interface QuestionBlockModel {
  type: 'question';
  id: string;
  kind: QuestionKind;
  /** Inline Markdown. */
  prompt: Localized;
  choices: ChoiceModel[];
  scored: boolean;
  points: number;
  feedback: { correct?: Localized; incorrect?: Localized };
}

export interface ChoiceModel {
  id: string;
  /** Inline Markdown (true-false labels are already localized plain text). */
  label: Localized;
  correct: boolean;
  /** Explicit weight in [-1, 1] (defaults applied). */
  weight: number;
  feedback?: Localized;
}
