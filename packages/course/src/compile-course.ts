import type { AssetModel, BlockModel, CourseModel, MarkdownText } from './course-model.ts';
import {
  COMPILED_COURSE_FORMAT,
  type CompiledBlock,
  type CompiledCourse,
  type LanguageTag,
  type Localized,
} from './compiled-course.ts';
import { assetTarget } from './asset-name.ts';
import { CourseError, CourseErrorCode } from './course-error.ts';
import { renderBlockMarkdown, renderInlineMarkdown } from './render-markdown.ts';

export interface CompileOptions {
  /** Keep only these languages (the CLI's --lang); default: every course language. */
  languages?: string[];
}

export interface CompiledAsset {
  /** Absolute path of the source file. */
  source: string;
  /** Path inside the package: `assets/<8 hex of sha256>-<safe name>.<ext>`. */
  target: string;
}

export interface CompileResult {
  course: CompiledCourse;
  /** The images the compiled course uses, sorted by target, each once. */
  assets: CompiledAsset[];
}

function chooseLanguages(model: CourseModel, requested: string[] | undefined): LanguageTag[] {
  if (requested === undefined) return model.languages;
  if (requested.length === 0) {
    throw new CourseError(
      CourseErrorCode.noLanguage,
      'No language requested: give at least one course language.',
    );
  }
  for (const language of requested) {
    if (!model.languages.includes(language)) {
      throw new CourseError(
        CourseErrorCode.unknownLanguage,
        `Course '${model.id}' has no language '${language}'. Its languages are: ${model.languages.join(', ')}.`,
      );
    }
  }
  return model.languages.filter((l) => requested.includes(l));
}

/**
 * CourseModel → the player's CompiledCourse, plus the list of files to copy. Pure: reads no file (the
 * loader already read and hashed them), and deterministic: the same model and options give the same JSON
 * (key order included) and the same asset names.
 */
export function compileCourse(model: CourseModel, options: CompileOptions = {}): CompileResult {
  const languages = chooseLanguages(model, options.languages);
  const used = new Map<string, CompiledAsset>();
  const assetPath = (file: string): string | undefined => {
    const asset: AssetModel | undefined = model.assets[file];
    if (!asset) return undefined;
    const target = assetTarget(asset);
    used.set(target, { source: asset.source, target });
    return target;
  };
  const text = (l: Localized): Localized => Object.fromEntries(languages.map((lang) => [lang, l[lang]!]));
  const inline = (l: Localized): Localized =>
    Object.fromEntries(languages.map((lang) => [lang, renderInlineMarkdown(l[lang]!)]));
  const blockHtml = (l: Localized<MarkdownText>): Localized =>
    Object.fromEntries(languages.map((lang) => [lang, renderBlockMarkdown(l[lang]!, assetPath)]));

  const block = (b: BlockModel): CompiledBlock => {
    switch (b.type) {
      case 'markdown':
        return { type: 'markdown', id: b.id, html: blockHtml(b.body) };
      case 'image': {
        const src = assetPath(b.src);
        const asset = model.assets[b.src];
        if (src === undefined || asset === undefined) {
          throw new CourseError(
            CourseErrorCode.unknownAsset,
            `Image '${b.src}' of block '${b.id}' is not in the course model. Load the course with loadCourse().`,
          );
        }
        return {
          type: 'image',
          id: b.id,
          src,
          ...(asset.width !== undefined && asset.height !== undefined
            ? { width: asset.width, height: asset.height }
            : {}),
          alt: b.alt === null ? null : text(b.alt),
          ...(b.caption ? { caption: inline(b.caption) } : {}),
        };
      }
      case 'callout':
        return {
          type: 'callout',
          id: b.id,
          variant: b.variant,
          ...(b.title ? { title: text(b.title) } : {}),
          html: blockHtml(b.body),
        };
      case 'question':
        return {
          type: 'question',
          id: b.id,
          kind: b.kind,
          prompt: inline(b.prompt),
          choices: b.choices.map((c) => ({
            id: c.id,
            label: b.kind === 'true-false' ? text(c.label) : inline(c.label),
            correct: c.correct,
            weight: c.weight,
            ...(c.feedback ? { feedback: inline(c.feedback) } : {}),
          })),
          scored: b.scored,
          points: b.points,
          feedback: {
            ...(b.feedback.correct ? { correct: inline(b.feedback.correct) } : {}),
            ...(b.feedback.incorrect ? { incorrect: inline(b.feedback.incorrect) } : {}),
          },
        };
    }
  };

  const modules = model.modules.map((m) => ({
    id: m.id,
    title: text(m.title),
    pages: m.pages.map((p) => ({ id: p.id, title: text(p.title), blocks: p.blocks.map(block) })),
  }));
  const questions = modules
    .flatMap((m) => m.pages)
    .flatMap((p) => p.blocks)
    .flatMap((b) => (b.type === 'question' && b.scored ? [b] : []));

  const course: CompiledCourse = {
    format: COMPILED_COURSE_FORMAT,
    id: model.id,
    version: model.version,
    languages,
    defaultLanguage: languages.includes(model.defaultLanguage)
      ? model.defaultLanguage
      : options.languages![0]!,
    title: text(model.title),
    description: text(model.description),
    authors: model.authors.map((a) => ({ ...a })),
    licence: model.licence,
    completion: model.completion,
    masteryScore: model.masteryScore,
    modules,
    assessment: {
      questionIds: questions.map((q) => q.id),
      maxPoints: questions.reduce((sum, q) => sum + q.points, 0),
    },
  };
  const assets = [...used.values()].sort((a, b) => (a.target < b.target ? -1 : a.target > b.target ? 1 : 0));
  return { course, assets };
}
