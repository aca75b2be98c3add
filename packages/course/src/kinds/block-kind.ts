import type { CheckContext, Obj } from '../check-context.ts';
import type { LanguageTag, Localized } from '../compiled-course.ts';
import type { AssetModel, BlockModel, Body, MarkdownText, QuestionnaireParts } from '../course-model.ts';
import type { BlockSource, BodySource, LocalizedPathSource, LocalizedSource } from '../course-source.ts';
import type { BlockType, CompiledBlockKind, WithoutTextsOf } from './compiled-block-kind.ts';
import type { SourcePath } from '../yaml-document.ts';

export type SourceOf<T extends BlockType> = Extract<BlockSource, { type: T }>;
export type ModelOf<T extends BlockType> = Extract<BlockModel, { type: T }>;

/** What a build step has: the course languages, and source texts and paths made model values. */
export interface BlockBuildContext {
  languages: readonly LanguageTag[];
  /** A map of texts per language → the course languages only, in their order. */
  loc(text: LocalizedSource): Localized;
  opt(text: LocalizedSource | undefined): Localized | undefined;
  /** `file:` or `text:` of a block → Markdown per language. */
  body(body: BodySource): Body;
  markdownFile(ref: string): Body;
  markdownText(text: LocalizedSource): Body;
  /** A path per language (one for all, or a map) → absolute paths. */
  paths(p: LocalizedPathSource): Localized;
  path(p: string): string;
  /** The checked questionnaire file at `path` (absolute). */
  questionnaire(path: string): QuestionnaireParts;
}

/** What a compile step has: renderers for the package languages, asset paths, the compile options. */
export interface BlockCompileContext {
  languages: readonly LanguageTag[];
  /** Plain text, kept as is, in the package languages. */
  text(text: Localized): Localized;
  /** Inline Markdown → sanitised inline HTML. */
  inline(text: Localized): Localized;
  /** Markdown → sanitised block HTML (asset links become package paths). */
  blockHtml(text: Localized<MarkdownText>): Localized;
  /** The package path of a course file (it ships with the package), and its facts. */
  requireAsset(file: string, blockId: string): { path: string; asset: AssetModel };
  /** Links of the questionnaire's recommended resources given to the build (`--links`). */
  resourceLinks: Readonly<Record<string, string>> | undefined;
}

/**
 * Everything the toolkit knows about one block kind, in one place (docs/architecture.md, "How to add a block
 * kind"): what the compiled course says about it (CompiledBlockKind: its player element and add-on, plain texts,
 * learner-state layout), and the loader's side: checks, model defaults, compile step. The table in
 * block-kinds.ts holds one per BlockType.
 */
export interface BlockKindModule<T extends BlockType> extends CompiledBlockKind<T> {
  /** One line for docs/course-format.md's table of kinds (generated: `npm run docs:kinds`). */
  summary: string;
  /**
   * Its JSON Schema (`$defs.<camelCase type>Block` of course.schema.json, generated from the kinds), in
   * `<type>.schema.json` of its folder: every key with a `description`, which the loader's hints quote.
   */
  schema: JsonSchema;
  /**
   * Checks the schema cannot express (the block id is checked by the caller). `b` may have failed the schema:
   * every access is guarded.
   */
  check(ctx: CheckContext, b: Obj, path: SourcePath): void | Promise<void>;
  /** A checked source → its model, defaults applied, paths absolute (texts still Markdown). */
  build(b: SourceOf<T>, id: string, ctx: BlockBuildContext): ModelOf<T>;
  /** Its model → the compiled block (sanitised HTML, package paths), before the plain texts of `complete`. */
  compile(b: ModelOf<T>, ctx: BlockCompileContext): WithoutTextsOf<T>;
}

/** A JSON Schema (2020-12) object, as read from a kind's `.schema.json` file. */
export type JsonSchema = Readonly<Record<string, unknown>>;
