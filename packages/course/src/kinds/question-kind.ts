import type { CheckContext, Obj } from '../check-context.ts';
import type {
  CompiledInteraction,
  LanguageTag,
  Localized,
  QuestionKind,
  QuestionWithoutTexts,
} from '../compiled-course.ts';
import type { InteractionValue } from '@dlis/tracking/correct-patterns';
import type { QuestionBlockSource } from '../course-source.ts';
import type { LayoutQuestion } from '../learner-state-layout.ts';
import type { SourcePath } from '../yaml-document.ts';

/** The compiled question of kind K (texts not yet added): e.g. a ChoiceQuestion whose kind is `true-false`. */
export type QuestionOf<K extends QuestionKind> = QuestionWithoutTexts extends infer Q
  ? Q extends { kind: infer Kinds }
    ? K extends Kinds
      ? Q & { kind: K }
      : never
    : never
  : never;

/** The fields every question has, built and compiled by the caller (build-question.ts, compile-question.ts). */
export type CommonQuestionKey =
  'type' | 'id' | 'prompt' | 'scored' | 'points' | 'maxAttempts' | 'feedback' | 'when' | 'kind';

/** A question kind's own fields, in the order the compiled JSON holds them (after `kind`). */
export type OwnQuestionFields<K extends QuestionKind> = Omit<QuestionOf<K>, CommonQuestionKey>;

/** How a compile step renders texts of the package languages (see compileCourse). */
export interface QuestionRender {
  /** Inline Markdown → sanitised inline HTML, per package language. */
  inline(text: Localized): Localized;
  /** Plain text kept as is, per package language. */
  text(text: Localized): Localized;
}

/** What an expected-answer text needs: the language, and plain text or numbers in that language. */
export interface AnswerLanguage {
  lang: LanguageTag;
  defaultLanguage: LanguageTag;
  /** Plain text of sanitised HTML in `lang` (else the default language, else any). */
  plain(text: Localized): string;
  /** The text in `lang` (else the default language, else any), as it is. */
  local(text: Localized): string;
  /** A number in `lang`'s format. */
  number(value: number): string;
}

/**
 * Everything the toolkit knows about one question kind, in one place (docs/architecture.md, "How to add a
 * kind"): the loader's checks, the model's defaults, the compile step, the plain texts of review and SCORM/xAPI
 * descriptions, the xAPI interaction, and the learner-state layout. The table in question-kinds.ts holds one per QuestionKind.
 */
export interface QuestionKindModule<K extends QuestionKind> {
  /** One line for docs/course-format.md's table of kinds (generated: `npm run docs:kinds`). */
  summary: string;
  /**
   * The schema of its own keys (`<kind>.schema.json` of its folder): which it requires and each one's schema.
   * course.schema.json's question block is generated from these (`npm run docs:kinds`).
   */
  schema: QuestionKindSchema;
  /** False when the kind has no right answer (likert): never scored, not allowed in a bank. */
  scorable: boolean;
  /** The course.yaml keys only this kind takes (the schema forbids them on other kinds; hints name the kind). */
  ownKeys: readonly string[];
  /**
   * Checks the schema cannot express (the prompt and general feedback are checked by the caller). `q` may have
   * failed the schema: every access is guarded.
   */
  check(ctx: CheckContext, q: Obj, path: SourcePath): void | Promise<void>;
  /** A checked source → this kind's fields of the model, defaults applied (texts still Markdown). */
  build(q: QuestionBlockSource, languages: readonly LanguageTag[]): OwnQuestionFields<K>;
  /** The model's fields → the compiled ones (texts rendered for the package languages). */
  compile(q: QuestionOf<K>, render: QuestionRender): OwnQuestionFields<K>;
  /** The expected answer as plain text in one language, shown in review; undefined when there is none. */
  expected(q: QuestionOf<K>, language: AnswerLanguage): string | undefined;
  /**
   * Its xAPI/SCORM interaction type and components (plain-text labels by id), computed at build time into the
   * compiled question: tracking reads them instead of knowing the kinds.
   */
  interaction(q: QuestionOf<K>): CompiledInteraction;
  /**
   * Its correct responses, typed, for a learner reading `lang` (fill-in: theirs first): the compiler writes them
   * as each standard's patterns into the compiled question (`correctPatterns`). None for likert.
   */
  correct(q: QuestionOf<K>, lang: LanguageTag): InteractionValue[];
  /** Plain texts of labels by id, for the player's option and button names (only the kinds that need them). */
  labelTexts?(q: QuestionOf<K>): Record<string, Localized>;
  /** Where the suspend-data codec writes this question's answer. */
  layout(q: QuestionOf<K>): LayoutQuestion;
}

/** The course.yaml keys only one question kind takes: their schemas, and those it requires. */
export interface QuestionKindSchema {
  required?: readonly string[];
  properties: Readonly<Record<string, unknown>>;
}

/** The course languages whose primary subtag is not in `supported` (built-in labels, e.g. true-false's). */
export function languagesWithout(ctx: CheckContext, supported: readonly string[]): string[] {
  return ctx.languages.filter((l) => !supported.includes(l.split('-')[0]!));
}
