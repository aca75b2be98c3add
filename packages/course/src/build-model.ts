import { dirname, resolve } from 'node:path';
import type { Localized } from './compiled-course.ts';
import type { CourseModel, BlockModel, ChoiceModel, MarkdownText } from './course-model.ts';
import type { BlockSource, CourseSource, LocalizedSource, QuestionBlockSource } from './course-source.ts';
import { markdownFileFor } from './check-files.ts';
import { DEFAULT_MASTERY_SCORE, defaultBlockId, defaultChoiceId, defaultWeights } from './course-defaults.ts';
import { trueFalseLabels } from './true-false-labels.ts';

interface Files {
  courseDir: string;
  markdown: ReadonlyMap<string, string>;
  assets: CourseModel['assets'];
}

/** Only the course languages, in their declared order (so the output does not depend on YAML key order). */
function localized(source: LocalizedSource, languages: readonly string[]): Localized {
  return Object.fromEntries(languages.map((l) => [l, source[l]!]));
}

function body(block: { file?: string; text?: LocalizedSource }, languages: readonly string[], files: Files) {
  const entries = languages.map((language): [string, MarkdownText] => {
    if (block.file !== undefined) {
      const file = resolve(files.courseDir, markdownFileFor(block.file, language));
      return [language, { markdown: files.markdown.get(file)!, baseDir: dirname(file) }];
    }
    return [language, { markdown: block.text![language]!, baseDir: files.courseDir }];
  });
  return Object.fromEntries(entries);
}

function choices(q: QuestionBlockSource, languages: readonly string[]): ChoiceModel[] {
  if (q.kind === 'true-false') {
    const labels = trueFalseLabels(languages);
    return [true, false].map((value) => ({
      id: String(value),
      label: value ? labels.true : labels.false,
      correct: q.answer === value,
      weight: q.answer === value ? 1 : 0,
    }));
  }
  const source = q.choices ?? [];
  const weights = defaultWeights(
    q.kind,
    source.map((c) => ({
      correct: c.correct === true,
      ...(c.weight === undefined ? {} : { weight: c.weight }),
    })),
  );
  return source.map((c, i) => ({
    id: c.id ?? defaultChoiceId(i),
    label: localized(c.label, languages),
    correct: c.correct === true,
    weight: weights[i]!,
    ...(c.feedback ? { feedback: localized(c.feedback, languages) } : {}),
  }));
}

function block(b: BlockSource, id: string, languages: readonly string[], files: Files): BlockModel {
  const loc = (s: LocalizedSource) => localized(s, languages);
  switch (b.type) {
    case 'markdown':
      return { type: 'markdown', id, body: body(b, languages, files) };
    case 'image':
      return {
        type: 'image',
        id,
        src: resolve(files.courseDir, b.src),
        alt: b.decorative === true ? null : loc(b.alt!),
        ...(b.caption ? { caption: loc(b.caption) } : {}),
      };
    case 'callout':
      return {
        type: 'callout',
        id,
        variant: b.variant,
        ...(b.title ? { title: loc(b.title) } : {}),
        body: body(b, languages, files),
      };
    case 'question':
      return {
        type: 'question',
        id,
        kind: b.kind,
        prompt: loc(b.prompt),
        choices: choices(b, languages),
        scored: b.scored ?? true,
        points: b.points ?? 1,
        feedback: {
          ...(b.feedback?.correct ? { correct: loc(b.feedback.correct) } : {}),
          ...(b.feedback?.incorrect ? { incorrect: loc(b.feedback.incorrect) } : {}),
        },
      };
  }
}

/** Source that passed every check → CourseModel with every default applied. */
export function buildModel(source: CourseSource, files: Files): CourseModel {
  const languages = source.languages;
  const loc = (s: LocalizedSource) => localized(s, languages);
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
        blocks: p.blocks.map((b, i) => block(b, b.id ?? defaultBlockId(p.id, i), languages, files)),
      })),
    })),
    assets: files.assets,
  };
}
