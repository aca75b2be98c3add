import type { CheckedAsset, QuestionnaireParts } from './course-model.ts';
import type { DiagnosticCode } from './diagnostic.ts';
import type { SourcePath } from './yaml-document.ts';

/** What a non-image file is used for; each kind has its own format check. */
export type AssetKind = 'media' | 'captions' | 'download' | 'font';

/** A path relative to the course folder resolved to a file inside it, or why not. */
export type ResolvedPath =
  { ok: true; path: string } | { ok: false; code: DiagnosticCode; message: string; hint?: string };

/**
 * The course's files as the semantic checks see them. CourseFileChecker (check-files.ts) reads them from disk;
 * this interface keeps Node out of the checks' types, which the compiled contract reaches through the kinds.
 */
export interface CourseFiles {
  readonly markdown: Map<string, string>;
  readonly assets: Record<string, CheckedAsset>;
  /** Ids of the course glossary: `[word](glossary:<id>)` links must name one of them. */
  glossaryIds: ReadonlySet<string>;
  /** Ids of the course's `links`: `[text](link:<id>)` links must name one of them. */
  linkIds: ReadonlySet<string>;
  /** Glossary ids linked from some text (to warn about terms never linked). */
  readonly glossaryUsed: Set<string>;
  /** Questionnaire files that passed every check, by absolute path (the model builder reads them). */
  readonly questionnaires: Map<string, QuestionnaireParts>;
  /** Absolute path of the course folder (as given, before realpath). */
  readonly courseDirectory: string;
  /** A block's `file:`: one Markdown file per language, each readable, each image in it resolving. */
  checkMarkdownFile(path: SourcePath, ref: string, languages: readonly string[]): Promise<void>;
  /** `ref` (relative to the course folder) resolved to a file inside the course folder, or why not. */
  resolveFile(ref: string): Promise<ResolvedPath>;
  /** Markdown written in course.yaml (`text:` maps): images resolve against the course folder. */
  checkYamlMarkdown(path: SourcePath, text: string, inline: boolean): Promise<void>;
  /** An image a block names (its `src`, a poster, an avatar). */
  checkImageBlock(path: SourcePath, ref: string): Promise<void>;
  /** A file a block names (media, captions, download, font). */
  checkAsset(path: SourcePath, ref: string, kind: AssetKind): Promise<void>;
  /** A file of the toolkit itself (the default font) added to the course's assets. */
  checkToolkitFile(path: SourcePath, file: string, kind: AssetKind): Promise<void>;
}
