import { closestMatch } from './closest-match.ts';
import type { CourseFileChecker } from './check-files.ts';
import { DiagnosticCode } from './diagnostic.ts';
import type { DiagnosticCollector } from './diagnostic-collector.ts';
import { defaultBlockId, defaultChoiceId, defaultWeights } from './course-defaults.ts';
import { TRUE_FALSE_LANGUAGES } from './true-false-labels.ts';
import type { SourcePath } from './yaml-document.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * Semantic checks that the schema cannot express: languages and translations, unique ids, body sources,
 * alt texts, correct answers, the assessment, and every file. Runs on data that may also have failed the
 * schema, so every access is guarded: all problems are reported in one run.
 */
export async function checkCourse(
  data: unknown,
  out: DiagnosticCollector,
  files: CourseFileChecker,
): Promise<void> {
  if (!isObj(data)) return;
  const languages = list(data.languages).filter((l): l is string => typeof l === 'string');
  const defaultLanguage = str(data.defaultLanguage);
  if (defaultLanguage !== undefined && languages.length > 0 && !languages.includes(defaultLanguage)) {
    const suggestion = closestMatch(defaultLanguage, languages);
    out.error(['defaultLanguage'], {
      code: DiagnosticCode.unknownLanguage,
      message: `'${defaultLanguage}' is not one of the course languages.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`,
      hint: `Course languages: ${languages.join(', ')}.`,
    });
  }

  const translations = (path: SourcePath, value: unknown) => {
    if (!isObj(value) || languages.length === 0) return;
    for (const language of languages) {
      if (!(language in value)) {
        out.error(
          path,
          {
            code: DiagnosticCode.missingTranslation,
            message: `missing '${language}' translation.`,
            hint: `Every text must be given in each course language (${languages.join(', ')}).`,
          },
          'key',
        );
      }
    }
    for (const key of Object.keys(value)) {
      // Keys that are not even language tags are reported by the schema.
      if (languages.includes(key) || !/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(key)) continue;
      const suggestion = closestMatch(key, languages);
      out.error(
        [...path, key],
        {
          code: DiagnosticCode.unknownLanguage,
          message: `'${key}' is not a course language.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`,
          hint: `Add it to \`languages\`, or remove this text. Course languages: ${languages.join(', ')}.`,
        },
        'key',
      );
    }
  };
  const markdownTexts = async (path: SourcePath, value: unknown, inline: boolean) => {
    translations(path, value);
    if (!isObj(value)) return;
    for (const language of languages) {
      const text = str(value[language]);
      if (text !== undefined) await files.checkYamlMarkdown([...path, language], text, inline);
    }
  };

  translations(['title'], data.title);
  translations(['description'], data.description);

  const moduleIds = new Map<string, SourcePath>();
  const pageIds = new Map<string, SourcePath>();
  const blockIds = new Map<string, SourcePath>();
  const unique = (
    seen: Map<string, SourcePath>,
    id: unknown,
    path: SourcePath,
    what: string,
    scope: string,
  ) => {
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first) {
      const at = out.doc?.locate(first);
      out.error(path, {
        code: DiagnosticCode.duplicateId,
        message: `${what} id '${id}' is already used${at ? ` at line ${at.line}` : ''}; ${what} ids must be unique ${scope}.`,
      });
    } else seen.set(id, path);
  };

  let scoredQuestions = 0;
  for (const [m, mod] of list(data.modules).entries()) {
    if (!isObj(mod)) continue;
    const mPath = ['modules', m];
    unique(moduleIds, mod.id, [...mPath, 'id'], 'module', 'among the modules');
    translations([...mPath, 'title'], mod.title);
    for (const [p, page] of list(mod.pages).entries()) {
      if (!isObj(page)) continue;
      const pPath = [...mPath, 'pages', p];
      unique(pageIds, page.id, [...pPath, 'id'], 'page', 'in the whole course');
      translations([...pPath, 'title'], page.title);
      for (const [b, block] of list(page.blocks).entries()) {
        if (!isObj(block)) continue;
        const bPath = [...pPath, 'blocks', b];
        const pageId = str(page.id);
        const id = block.id ?? (pageId === undefined ? undefined : defaultBlockId(pageId, b));
        unique(
          blockIds,
          id,
          block.id === undefined ? bPath : [...bPath, 'id'],
          'block',
          'in the whole course',
        );
        if (block.type === 'markdown' || block.type === 'callout') {
          if (block.type === 'callout') translations([...bPath, 'title'], block.title);
          const file = str(block.file);
          if ((block.file === undefined) === (block.text === undefined)) {
            out.error(bPath, {
              code: DiagnosticCode.bodySource,
              message: `a ${block.type} block needs exactly one of 'file' and 'text'.`,
              hint: "Use 'file: pages/name.md' for a text in Markdown files, or 'text: { fr: …, en: … }' for a short one.",
            });
          }
          if (file !== undefined && file.endsWith('.md')) {
            await files.checkMarkdownFile([...bPath, 'file'], file, languages);
          }
          await markdownTexts([...bPath, 'text'], block.text, false);
        } else if (block.type === 'image') {
          const decorative = block.decorative === true;
          if (!decorative && block.alt === undefined) {
            out.error(bPath, {
              code: DiagnosticCode.altRequired,
              message: 'an image needs an `alt` text in each language, or `decorative: true`.',
              hint: 'Describe what the image tells, for people who cannot see it.',
            });
          }
          if (decorative && block.alt !== undefined) {
            out.warning(
              [...bPath, 'alt'],
              {
                code: DiagnosticCode.unusedAlt,
                message: 'a decorative image has no alt text: this one is ignored.',
                hint: 'Remove `decorative: true` if the image carries information.',
              },
              'key',
            );
          }
          translations([...bPath, 'alt'], block.alt);
          await markdownTexts([...bPath, 'caption'], block.caption, true);
          const src = str(block.src);
          if (src) await files.checkImageBlock([...bPath, 'src'], src);
        } else if (block.type === 'question') {
          if (block.scored !== false) scoredQuestions++;
          const unlabelled = languages.filter((l) => !TRUE_FALSE_LANGUAGES.includes(l.split('-')[0]!));
          if (block.kind === 'true-false' && unlabelled.length > 0) {
            out.warning([...bPath, 'kind'], {
              code: DiagnosticCode.trueFalseLabels,
              message: `true-false choices have no built-in labels in ${unlabelled.join(', ')}: English is used.`,
              hint: `Built-in labels: ${TRUE_FALSE_LANGUAGES.join(', ')}. Use a single-choice question with your own labels.`,
            });
          }
          await checkQuestion(block, bPath, out, markdownTexts);
        }
      }
    }
  }

  if (data.completion === 'assessment-passed' && scoredQuestions === 0) {
    out.error(['completion'], {
      code: DiagnosticCode.noAssessment,
      message: "completion is 'assessment-passed' but the course has no scored question.",
      hint: "Add a question (scored by default), or use 'completion: all-pages-viewed'.",
    });
  } else if (data.masteryScore !== undefined && scoredQuestions === 0) {
    out.warning(
      ['masteryScore'],
      {
        code: DiagnosticCode.unusedMasteryScore,
        message: 'the course has no scored question: masteryScore has no effect.',
      },
      'key',
    );
  }
}

async function checkQuestion(
  q: Obj,
  path: SourcePath,
  out: DiagnosticCollector,
  markdownTexts: (path: SourcePath, value: unknown, inline: boolean) => Promise<void>,
): Promise<void> {
  await markdownTexts([...path, 'prompt'], q.prompt, true);
  if (isObj(q.feedback)) {
    await markdownTexts([...path, 'feedback', 'correct'], q.feedback.correct, true);
    await markdownTexts([...path, 'feedback', 'incorrect'], q.feedback.incorrect, true);
  }
  if (q.kind !== 'single-choice' && q.kind !== 'multiple-choice') return;
  const choices = list(q.choices).filter(isObj);
  const ids = new Map<string, SourcePath>();
  for (const [c, choice] of list(q.choices).entries()) {
    if (!isObj(choice)) continue;
    const cPath = [...path, 'choices', c];
    const id = choice.id ?? defaultChoiceId(c);
    if (typeof id === 'string') {
      const first = ids.get(id);
      if (first) {
        out.error(choice.id === undefined ? cPath : [...cPath, 'id'], {
          code: DiagnosticCode.duplicateId,
          message: `choice id '${id}' is used twice in this question.`,
          hint: choice.id === undefined ? `Choices without id are named a, b, c... by position.` : undefined,
        });
      } else ids.set(id, cPath);
    }
    await markdownTexts([...cPath, 'label'], choice.label, true);
    await markdownTexts([...cPath, 'feedback'], choice.feedback, true);
  }
  const correct = choices.filter((c) => c.correct === true).length;
  if (q.kind === 'single-choice' && correct !== 1) {
    out.error(
      [...path, 'choices'],
      {
        code: DiagnosticCode.correctChoices,
        message: `a single-choice question needs exactly one correct choice; this one has ${correct}.`,
        hint:
          correct > 1
            ? "Use 'kind: multiple-choice' if several answers are right."
            : 'Mark the right answer with `correct: true`.',
      },
      'key',
    );
  } else if (q.kind === 'multiple-choice' && correct === 0) {
    out.error(
      [...path, 'choices'],
      {
        code: DiagnosticCode.correctChoices,
        message: 'a multiple-choice question needs at least one correct choice.',
        hint: 'Mark the right answers with `correct: true`.',
      },
      'key',
    );
  } else if (q.scored !== false && choices.length > 0) {
    const weights = defaultWeights(
      q.kind,
      choices.map((c) => ({
        correct: c.correct === true,
        ...(typeof c.weight === 'number' ? { weight: c.weight } : {}),
      })),
    );
    const best =
      q.kind === 'single-choice'
        ? Math.max(...weights)
        : weights.filter((w) => w > 0).reduce((a, b) => a + b, 0);
    if (best < 1 - 1e-9) {
      out.warning(
        [...path, 'choices'],
        {
          code: DiagnosticCode.unreachableScore,
          message: `with these weights the best answer earns only ${Math.round(Math.max(0, best) * 100)}% of the points.`,
          hint: 'Give the correct choices weights that add up to 1.',
        },
        'key',
      );
    }
  }
}
