import type { AssetModel, BlockModel, CourseModel, MarkdownText } from './course-model.ts';
import {
  COMPILED_COURSE_FORMAT,
  type CompiledCourse,
  type LanguageTag,
  type Localized,
} from './compiled-course.ts';
import { assessmentOf } from './assessment-of.ts';
import { completeCourse, type BlockWithoutTexts, type CourseWithoutTexts } from './complete-course.ts';
import { assetTarget } from './asset-name.ts';
import { conditionOf } from './condition.ts';
import type { BlockCompileContext } from './kinds/block-kind.ts';
import { blockKind } from './kinds/block-kinds.ts';
import { optional } from './kinds/optional-field.ts';
import { CourseError, CourseErrorCode } from './course-error.ts';
import { renderBlockMarkdown, renderInlineMarkdown } from './render-markdown.ts';
import type { CourseTracking } from './course-tracking.ts';

export interface CompileOptions {
  /** Keep only these languages (the CLI's --lang); default: every course language. */
  languages?: string[];
  /**
   * Per-deployment links (a links file), by id: of the questionnaire's recommended resources (resource ids of
   * its scoring model, `M1` → an LMS course URL) and of the course's own `links` (`[text](link:M1)` in
   * Markdown). They win over the links of course.yaml. An id the course has neither as a questionnaire resource
   * nor in its `links` is an error (a typo would silently leave a module without its link).
   */
  resourceLinks?: Readonly<Record<string, string>>;
}

export interface CompiledAsset {
  /** Absolute path of the source file. */
  source: string;
  /** Path inside the package: `assets/<8 hex of sha256>-<safe name>.<ext>`. */
  target: string;
}

export interface CompileResult {
  course: CompiledCourse;
  /** The files the compiled course uses (images, media, captions, downloads, logo, fonts), sorted by target, each once. */
  assets: CompiledAsset[];
  /** The course's tracking options (cmi5.xml, xAPI payload); not part of the CompiledCourse the player reads. */
  tracking: CourseTracking;
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

function checkResourceLinks(model: CourseModel, links: CompileOptions['resourceLinks']): void {
  if (links === undefined) return;
  const known = new Set([
    ...model.modules
      .flatMap((m) => m.pages)
      .flatMap((p) => p.blocks)
      .flatMap((b) => (b.type === 'questionnaire' ? b.definition.resources.map((r) => r.id) : [])),
    ...Object.keys(model.links),
  ]);
  const unknown = Object.keys(links).filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new CourseError(
      CourseErrorCode.unknownResource,
      `Course '${model.id}' has no questionnaire resource or course link ${unknown.map((id) => `'${id}'`).join(', ')} to link. ` +
        (known.size > 0
          ? `Its resources and links are: ${[...known].join(', ')}.`
          : 'It has no questionnaire block and no `links`: give links only to a course that has them.'),
    );
  }
}

/**
 * CourseModel → the player's CompiledCourse, plus the list of files to copy. Pure: reads no file (the
 * loader already read and hashed them), and deterministic: the same model and options give the same JSON
 * (key order included) and the same asset names.
 */
export function compileCourse(model: CourseModel, options: CompileOptions = {}): CompileResult {
  const languages = chooseLanguages(model, options.languages);
  checkResourceLinks(model, options.resourceLinks);
  const used = new Map<string, CompiledAsset>();
  const assetPath = (file: string): string | undefined => {
    const asset: AssetModel | undefined = model.assets[file];
    if (!asset) return undefined;
    const target = assetTarget(asset);
    used.set(target, { source: asset.source, target });
    return target;
  };
  const text = (l: Localized): Localized => Object.fromEntries(languages.map((lang) => [lang, l[lang]!]));
  // The course's links to other courses, a deployment's links file winning (`[text](link:<id>)` in Markdown).
  const links = {
    ...model.links,
    ...Object.fromEntries(Object.entries(options.resourceLinks ?? {}).filter(([id]) => id in model.links)),
  };
  const inline = (l: Localized): Localized =>
    Object.fromEntries(languages.map((lang) => [lang, renderInlineMarkdown(l[lang]!, links)]));
  const blockHtml = (l: Localized<MarkdownText>): Localized =>
    Object.fromEntries(languages.map((lang) => [lang, renderBlockMarkdown(l[lang]!, assetPath, links)]));

  const requireAsset = (file: string, blockId: string): { path: string; asset: AssetModel } => {
    const path = assetPath(file);
    const asset = model.assets[file];
    if (path === undefined || asset === undefined) {
      throw new CourseError(
        CourseErrorCode.unknownAsset,
        `File '${file}' of block '${blockId}' is not in the course model. Load the course with loadCourse().`,
      );
    }
    return { path, asset };
  };
  const context: BlockCompileContext = {
    languages,
    text,
    inline,
    blockHtml,
    requireAsset,
    resourceLinks: options.resourceLinks,
  };
  // Each block is compiled by its kind (kinds/<type>/).
  const block = (b: BlockModel): BlockWithoutTexts => blockKind(b.type).compile(b as never, context);
  const conditionalBlock = (b: BlockModel): BlockWithoutTexts =>
    b.type === 'question' ? block(b) : ({ ...block(b), ...conditionOf(b.when) } as BlockWithoutTexts);

  const modules = model.modules.map((m) => ({
    id: m.id,
    title: text(m.title),
    pages: m.pages.map((p) => ({
      id: p.id,
      title: text(p.title),
      blocks: p.blocks.map(conditionalBlock),
      ...conditionOf(p.when),
    })),
  }));
  const glossary = model.glossary.map((g) => ({
    id: g.id,
    term: text(g.term),
    definition: inline(g.definition),
  }));
  const theme = model.theme && {
    ...(model.theme.logo
      ? { logo: { path: requireAsset(model.theme.logo.src, 'theme').path, alt: text(model.theme.logo.alt) } }
      : {}),
    colors: { ...model.theme.colors },
    ...(model.theme.font
      ? {
          font: {
            family: model.theme.font.family,
            files: model.theme.font.files.map((f) => ({
              path: requireAsset(f.src, 'theme').path,
              weight: f.weight,
              style: f.style,
              ...optional('unicodeRange', f.unicodeRange, (r) => r),
            })),
          },
        }
      : {}),
  };
  const cover = model.cover && {
    ...(model.cover.image
      ? {
          image: {
            files: Object.fromEntries(
              languages.map((l) => {
                const { path, asset } = requireAsset(model.cover!.image!.src[l]!, 'cover');
                return [l, { path, ...sizeOf(asset) }];
              }),
            ),
            alt: text(model.cover.image.alt),
          },
        }
      : {}),
    ...(model.cover.duration ? { duration: { ...model.cover.duration } } : {}),
    objectives: model.cover.objectives.map(text),
  };

  const course: CourseWithoutTexts = {
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
    assessment: assessmentOf(modules, model.assessment),
    glossary,
    ...(theme ? { theme } : {}),
    ...(cover ? { cover } : {}),
    ...(model.variables.length > 0
      ? {
          variables: model.variables.map((v) => ({
            id: v.id,
            label: text(v.label),
            values: v.values.map((value) => ({ id: value.id, label: text(value.label) })),
            ...(v.launchParameter !== undefined ? { launchParameter: v.launchParameter } : {}),
          })),
        }
      : {}),
  };
  const assets = [...used.values()].sort((a, b) => (a.target < b.target ? -1 : a.target > b.target ? 1 : 0));
  return { course: completeCourse(course), assets, tracking: model.tracking };
}

/** The intrinsic size of an image asset, when the loader could read it. */
function sizeOf(asset: AssetModel): { width?: number; height?: number } {
  return asset.width !== undefined && asset.height !== undefined
    ? { width: asset.width, height: asset.height }
    : {};
}
