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
  LocalizedPathSource,
  LocalizedSource,
  ThemeSource,
} from './course-source.ts';
import { buildQuestion } from './build-question.ts';
import { localized } from './localized.ts';
import { markdownFileFor } from './check-files.ts';
import {
  DEFAULT_MASTERY_SCORE,
  defaultBlockId,
  defaultChoiceId,
  defaultScenarioChoiceId,
} from './course-defaults.ts';
import { conditionOf } from './condition.ts';
import { atkinsonHyperlegibleFiles } from './font-files.ts';
import { scenarioMaxScore } from './scenario-graph.ts';
import { DEFAULT_THEME_COLORS } from './theme-contrast.ts';
import { resolveTracking } from './course-tracking.ts';

interface Files {
  courseDir: string;
  markdown: ReadonlyMap<string, string>;
  assets: CourseModel['assets'];
  /** Checked questionnaire files by absolute path. */
  questionnaires: ReadonlyMap<string, QuestionnaireParts>;
}

const position = (i: number) => String(i + 1);

/** Builds the model parts of one checked course: every default applied, every path made absolute. */
class ModelBuilder {
  constructor(
    private readonly languages: readonly string[],
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

  block(b: BlockSource, id: string): BlockModel {
    const { loc, opt } = this;
    const defined = <K extends string, V>(key: K, value: V | undefined) =>
      (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
    switch (b.type) {
      case 'markdown':
        return { type: 'markdown', id, body: this.body(b) };
      case 'image':
        return {
          type: 'image',
          id,
          src: this.path(b.src),
          alt: b.decorative === true ? null : loc(b.alt!),
          ...defined('caption', opt(b.caption)),
        };
      case 'callout':
        return {
          type: 'callout',
          id,
          variant: b.variant,
          ...defined('title', opt(b.title)),
          body: this.body(b),
        };
      case 'question':
        return buildQuestion(b, this.languages);
      case 'question-bank':
        return {
          type: 'question-bank',
          id,
          draw: b.draw,
          questions: b.questions.map((q) => buildQuestion(q, this.languages)),
        };
      case 'scenario': {
        const situations = b.situations.map((s) => ({
          id: s.id,
          body: this.body(s),
          choices: s.choices.map((c, i) => ({
            id: c.id ?? defaultScenarioChoiceId(s.id, i),
            label: loc(c.label),
            ...defined('feedback', opt(c.feedback)),
            score: c.score ?? 0,
            next: c.next,
          })),
        }));
        const endings = b.endings.map((e) => ({ id: e.id, body: this.body(e), tone: e.tone }));
        const best = scenarioMaxScore({ start: b.start, situations, endings });
        return {
          type: 'scenario',
          id,
          title: loc(b.title),
          ...defined('intro', b.intro ? this.markdownText(b.intro) : undefined),
          start: b.start,
          situations,
          endings,
          scored: b.scored ?? true,
          points: b.points ?? 1,
          maxScore: best === undefined || !Number.isFinite(best) ? 0 : best,
        };
      }
      case 'media':
        return {
          type: 'media',
          id,
          kind: b.kind,
          title: loc(b.title),
          src: this.paths(b.src),
          captions: this.languages.flatMap((l) =>
            b.captions?.[l] === undefined ? [] : [{ lang: l, src: this.path(b.captions[l]) }],
          ),
          transcript:
            typeof b.transcript === 'string'
              ? this.markdownFile(b.transcript)
              : this.markdownText(b.transcript),
          ...defined('poster', b.poster === undefined ? undefined : this.path(b.poster)),
        };
      case 'accordion':
        return {
          type: 'accordion',
          id,
          items: b.items.map((it, i) => ({
            id: it.id ?? position(i),
            title: loc(it.title),
            body: this.body(it),
          })),
        };
      case 'tabs':
        return {
          type: 'tabs',
          id,
          label: loc(b.label),
          tabs: b.tabs.map((t, i) => ({ id: t.id ?? position(i), title: loc(t.title), body: this.body(t) })),
        };
      case 'key-figures':
        return {
          type: 'key-figures',
          id,
          ...defined('title', opt(b.title)),
          figures: b.figures.map((f, i) => ({
            id: f.id ?? position(i),
            value: loc(f.value),
            label: loc(f.label),
            ...defined('source', opt(f.source)),
          })),
        };
      case 'quote':
        return {
          type: 'quote',
          id,
          kind: b.kind ?? 'quote',
          body: this.body(b),
          ...defined('author', opt(b.author)),
          ...defined('role', opt(b.role)),
          ...defined('source', opt(b.source)),
        };
      case 'resources':
        return {
          type: 'resources',
          id,
          ...defined('title', opt(b.title)),
          items: b.items.map((it, i) => {
            const common = {
              id: it.id ?? position(i),
              title: loc(it.title),
              ...defined('description', opt(it.description)),
            };
            return it.file !== undefined
              ? { kind: 'download' as const, ...common, file: this.paths(it.file) }
              : {
                  kind: 'link' as const,
                  ...common,
                  url: Object.fromEntries(
                    this.languages.map((l) => [l, typeof it.url === 'string' ? it.url : it.url![l]!]),
                  ),
                };
          }),
        };
      case 'glossary':
        return { type: 'glossary', id };
      case 'checklist':
        return {
          type: 'checklist',
          id,
          ...defined('title', opt(b.title)),
          items: b.items.map((it, i) => ({ id: it.id ?? defaultChoiceId(i), text: loc(it.text) })),
        };
      case 'tool-sheet':
        return { type: 'tool-sheet', id, title: loc(b.title), body: this.body(b) };
      case 'questionnaire':
        return {
          type: 'questionnaire',
          id,
          ...this.files.questionnaires.get(this.path(b.questionnaire))!,
          resourceLinks: { ...b.links },
        };
      case 'variable-choice':
        return { type: 'variable-choice', id, variable: b.variable, prompt: loc(b.prompt) };
    }
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
    glossary,
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
