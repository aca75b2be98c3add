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
  languages: string[];
  defaultLanguage: string;
  authors?: AuthorSource[];
  licence: string;
  completion: 'all-pages-viewed' | 'assessment-passed';
  masteryScore?: number;
  modules: ModuleSource[];
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

export interface PageSource {
  id: string;
  title: LocalizedSource;
  blocks: BlockSource[];
}

export type BlockSource = MarkdownBlockSource | ImageBlockSource | CalloutBlockSource | QuestionBlockSource;

/** Exactly one of `file` and `text`. */
export interface MarkdownBlockSource {
  type: 'markdown';
  id?: string;
  file?: string;
  text?: LocalizedSource;
}

export interface ImageBlockSource {
  type: 'image';
  id?: string;
  src: string;
  alt?: LocalizedSource;
  decorative?: boolean;
  caption?: LocalizedSource;
}

export interface CalloutBlockSource {
  type: 'callout';
  id?: string;
  variant: 'info' | 'tip' | 'warning' | 'important';
  title?: LocalizedSource;
  file?: string;
  text?: LocalizedSource;
}

export interface QuestionBlockSource {
  type: 'question';
  id: string;
  kind: 'single-choice' | 'multiple-choice' | 'true-false';
  prompt: LocalizedSource;
  /** single-choice and multiple-choice only. */
  choices?: ChoiceSource[];
  /** true-false only. */
  answer?: boolean;
  feedback?: { correct?: LocalizedSource; incorrect?: LocalizedSource };
  scored?: boolean;
  points?: number;
}

export interface ChoiceSource {
  id?: string;
  label: LocalizedSource;
  correct?: boolean;
  weight?: number;
  feedback?: LocalizedSource;
}
