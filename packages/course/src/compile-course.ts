import type { AssetModel, BlockModel, CourseModel, MarkdownText } from './course-model.ts';
import {
  COMPILED_COURSE_FORMAT,
  type CompiledCourse,
  type LanguageTag,
  type Localized,
  type QuestionWithoutTexts,
  type ResourceItem,
} from './compiled-course.ts';
import { assessmentOf } from './assessment-of.ts';
import { completeCourse, type BlockWithoutTexts, type CourseWithoutTexts } from './complete-course.ts';
import { assetTarget } from './asset-name.ts';
import { conditionOf } from './condition.ts';
import { compileQuestion } from './compile-question.ts';
import { compileQuestionnaire } from './compile-questionnaire.ts';
import { languageAutonym, mediaMimeType } from './media-info.ts';
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
  const optional = <K extends string, V>(key: K, value: V | undefined, f: (v: V) => unknown) =>
    (value === undefined ? {} : { [key]: f(value) }) as Record<string, never>;
  const question = (q: QuestionWithoutTexts) => compileQuestion(q, inline, text);

  const block = (b: BlockModel): BlockWithoutTexts => {
    switch (b.type) {
      case 'markdown':
        return { type: 'markdown', id: b.id, html: blockHtml(b.body) };
      case 'image': {
        const { path, asset } = requireAsset(b.src, b.id);
        return {
          type: 'image',
          id: b.id,
          src: path,
          ...(asset.width !== undefined && asset.height !== undefined
            ? { width: asset.width, height: asset.height }
            : {}),
          alt: b.alt === null ? null : text(b.alt),
          ...optional('caption', b.caption, inline),
        };
      }
      case 'callout':
        return {
          type: 'callout',
          id: b.id,
          variant: b.variant,
          ...optional('title', b.title, text),
          html: blockHtml(b.body),
        };
      case 'question':
        return question(b);
      case 'question-bank':
        return { type: 'question-bank', id: b.id, draw: b.draw, questions: b.questions.map(question) };
      case 'scenario':
        return {
          type: 'scenario',
          id: b.id,
          title: text(b.title),
          ...optional('intro', b.intro, blockHtml),
          start: b.start,
          situations: b.situations.map((s) => ({
            id: s.id,
            html: blockHtml(s.body),
            choices: s.choices.map((c) => ({
              id: c.id,
              label: inline(c.label),
              ...optional('feedback', c.feedback, inline),
              score: c.score,
              next: c.next,
            })),
          })),
          endings: b.endings.map((e) => ({ id: e.id, html: blockHtml(e.body), tone: e.tone })),
          scored: b.scored,
          points: b.points,
          maxScore: b.maxScore,
        };
      case 'media':
        return {
          type: 'media',
          id: b.id,
          kind: b.kind,
          title: text(b.title),
          src: Object.fromEntries(
            languages.map((l) => {
              const { path, asset } = requireAsset(b.src[l]!, b.id);
              return [l, { path, mimeType: mediaMimeType(asset.ext, b.kind), bytes: asset.bytes }];
            }),
          ),
          captions: b.captions
            .filter((c) => languages.includes(c.lang))
            .map((c) => ({
              lang: c.lang,
              path: requireAsset(c.src, b.id).path,
              label: languageAutonym(c.lang),
            })),
          transcript: blockHtml(b.transcript),
          ...optional('poster', b.poster, (p) => requireAsset(p, b.id).path),
        };
      case 'accordion':
        return {
          type: 'accordion',
          id: b.id,
          items: b.items.map((it) => ({ id: it.id, title: text(it.title), html: blockHtml(it.body) })),
        };
      case 'tabs':
        return {
          type: 'tabs',
          id: b.id,
          label: text(b.label),
          tabs: b.tabs.map((t) => ({ id: t.id, title: text(t.title), html: blockHtml(t.body) })),
        };
      case 'key-figures':
        return {
          type: 'key-figures',
          id: b.id,
          ...optional('title', b.title, text),
          figures: b.figures.map((f) => ({
            id: f.id,
            value: text(f.value),
            label: text(f.label),
            ...optional('source', f.source, text),
          })),
        };
      case 'quote':
        return {
          type: 'quote',
          id: b.id,
          kind: b.kind,
          html: blockHtml(b.body),
          ...optional('author', b.author, text),
          ...optional('role', b.role, text),
          ...optional('source', b.source, text),
        };
      case 'resources':
        return {
          type: 'resources',
          id: b.id,
          ...optional('title', b.title, text),
          items: b.items.map((it): ResourceItem => {
            const common = {
              id: it.id,
              title: text(it.title),
              ...optional('description', it.description, text),
            };
            if (it.kind === 'link') return { kind: 'link', ...common, url: text(it.url) };
            const file = Object.fromEntries(
              languages.map((l) => {
                const { path, asset } = requireAsset(it.file[l]!, b.id);
                return [l, { path, bytes: asset.bytes, format: asset.ext.toUpperCase() }];
              }),
            );
            return { kind: 'download', ...common, file };
          }),
        };
      case 'glossary':
        return { type: 'glossary', id: b.id };
      case 'checklist':
        return {
          type: 'checklist',
          id: b.id,
          ...optional('title', b.title, text),
          items: b.items.map((it) => ({ id: it.id, html: inline(it.text) })),
        };
      case 'tool-sheet':
        return { type: 'tool-sheet', id: b.id, title: text(b.title), html: blockHtml(b.body) };
      case 'questionnaire':
        return compileQuestionnaire(
          {
            ...b,
            resourceLinks: {
              ...b.resourceLinks,
              ...Object.fromEntries(
                Object.entries(options.resourceLinks ?? {}).filter(([id]) =>
                  b.definition.resources.some((r) => r.id === id),
                ),
              ),
            },
          },
          { text, inline, blockHtml },
        );
      case 'variable-choice':
        return { type: 'variable-choice', id: b.id, variable: b.variable, prompt: inline(b.prompt) };
    }
  };
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
