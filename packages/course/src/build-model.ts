import { dirname, resolve } from 'node:path';
import type { Localized } from './compiled-course.ts';
import type {
  BlockModel,
  Body,
  CourseModel,
  MarkdownText,
  QuestionnaireParts,
  ThemeModel,
} from './course-model.ts';
import type {
  BlockSource,
  BodySource,
  CourseSource,
  CoverSource,
  LocalizedPathSource,
  LocalizedSource,
  ThemeSource,
} from './course-source.ts';
import type { BlockBuildContext } from './kinds/block-kind.ts';
import { blockKind } from './kinds/block-kinds.ts';
import { localized } from './localized.ts';
import { markdownFileFor } from './check-files.ts';
import { DEFAULT_MASTERY_SCORE, defaultBlockId } from './course-defaults.ts';
import { conditionOf } from './condition.ts';
import { atkinsonHyperlegibleFiles } from './font-files.ts';
import { DEFAULT_THEME_COLORS } from './theme-contrast.ts';
import { resolveTracking } from './course-tracking.ts';

interface Files {
  courseDir: string;
  markdown: ReadonlyMap<string, string>;
  assets: CourseModel['assets'];
  /** Checked questionnaire files by absolute path. */
  questionnaires: ReadonlyMap<string, QuestionnaireParts>;
}

/** Builds the model parts of one checked course: every default applied, every path made absolute. */
class ModelBuilder implements BlockBuildContext {
  constructor(
    readonly languages: readonly string[],
    private readonly files: Files,
  ) {}

  loc = (s: LocalizedSource): Localized => localized(s, this.languages);
  opt = (s: LocalizedSource | undefined) => (s ? this.loc(s) : undefined);

  markdownFile(ref: string): Body {
    return Object.fromEntries(
      this.languages.map((language): [string, MarkdownText] => {
        const file = resolve(this.files.courseDir, markdownFileFor(ref, language));
        return [language, { markdown: this.files.markdown.get(file)!, baseDir: dirname(file) }];
      }),
    );
  }

  markdownText(text: LocalizedSource): Body {
    return Object.fromEntries(
      this.languages.map((l): [string, MarkdownText] => [
        l,
        { markdown: text[l]!, baseDir: this.files.courseDir },
      ]),
    );
  }

  body(b: BodySource): Body {
    return b.file !== undefined ? this.markdownFile(b.file) : this.markdownText(b.text!);
  }

  paths(p: LocalizedPathSource): Localized {
    return Object.fromEntries(
      this.languages.map((l) => [l, resolve(this.files.courseDir, typeof p === 'string' ? p : p[l]!)]),
    );
  }

  path = (p: string) => resolve(this.files.courseDir, p);

  questionnaire(path: string): QuestionnaireParts {
    return this.files.questionnaires.get(path)!;
  }

  /** A block's model: its kind's build step (kinds/<type>/). */
  block(b: BlockSource, id: string): BlockModel {
    return blockKind(b.type).build(b as never, id, this);
  }

  cover(c: CoverSource): NonNullable<CourseModel['cover']> {
    const d = c.duration;
    return {
      ...(c.image ? { image: { src: this.paths(c.image.src), alt: this.loc(c.image.alt) } } : {}),
      ...(d === undefined
        ? {}
        : { duration: typeof d === 'number' ? { min: d, max: d } : { min: d.min, max: d.max } }),
      objectives: (c.objectives ?? []).map(this.loc),
    };
  }

  theme(t: ThemeSource): ThemeModel {
    const font =
      t.font === undefined
        ? undefined
        : t.font === 'atkinson-hyperlegible'
          ? { family: 'Atkinson Hyperlegible', files: atkinsonHyperlegibleFiles() }
          : {
              family: t.font.family,
              files: t.font.files.map((f) => ({
                src: this.path(f.src),
                weight: f.weight ?? 400,
                style: f.style ?? 'normal',
              })),
            };
    return {
      ...(t.logo ? { logo: { src: this.path(t.logo.src), alt: this.loc(t.logo.alt) } } : {}),
      colors: {
        primary: (t.colors?.primary ?? DEFAULT_THEME_COLORS.primary).toLowerCase(),
        accent: (t.colors?.accent ?? DEFAULT_THEME_COLORS.accent).toLowerCase(),
        text: (t.colors?.text ?? DEFAULT_THEME_COLORS.text).toLowerCase(),
        background: (t.colors?.background ?? DEFAULT_THEME_COLORS.background).toLowerCase(),
      },
      ...(font ? { font } : {}),
    };
  }
}

/** Source that passed every check → CourseModel with every default applied. */
export function buildModel(source: CourseSource, files: Files): CourseModel {
  const languages = source.languages;
  const build = new ModelBuilder(languages, files);
  const { loc } = build;
  const collator = new Intl.Collator(source.defaultLanguage);
  const glossary = (source.glossary ?? [])
    .map((g) => ({ id: g.id, term: loc(g.term), definition: loc(g.definition) }))
    .sort(
      (a, b) =>
        collator.compare(a.term[source.defaultLanguage]!, b.term[source.defaultLanguage]!) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  return {
    dir: files.courseDir,
    id: source.id,
    version: source.version,
    languages: [...languages],
    defaultLanguage: source.defaultLanguage,
    title: loc(source.title),
    description: loc(source.description),
    authors: (source.authors ?? []).map((a) => ({
      name: a.name,
      ...(a.organisation ? { organisation: a.organisation } : {}),
    })),
    licence: source.licence,
    completion: source.completion,
    masteryScore: source.masteryScore ?? DEFAULT_MASTERY_SCORE,
    modules: source.modules.map((m) => ({
      id: m.id,
      title: loc(m.title),
      pages: m.pages.map((p) => ({
        id: p.id,
        title: loc(p.title),
        blocks: p.blocks.map((b, i) => {
          const block = build.block(b, b.id ?? defaultBlockId(p.id, i));
          // A question carries its own condition (banks hold questions too).
          return block.type === 'question' ? block : { ...block, ...conditionOf(b.when) };
        }),
        ...conditionOf(p.when),
      })),
    })),
    assessment: {
      feedback: source.assessment?.feedback ?? 'immediate',
      maxAttempts: source.assessment?.maxAttempts ?? 0,
    },
    links: { ...source.links },
    glossary,
    ...(source.cover ? { cover: build.cover(source.cover) } : {}),
    variables: (source.variables ?? []).map((v) => ({
      id: v.id,
      label: loc(v.label),
      values: v.values.map((value) => ({ id: value.id, label: loc(value.label) })),
      ...(v.launchParameter !== undefined ? { launchParameter: v.launchParameter } : {}),
    })),
    ...(source.theme ? { theme: build.theme(source.theme) } : {}),
    tracking: resolveTracking(source.tracking, source.completion),
    assets: files.assets,
  };
}
