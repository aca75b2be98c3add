import type {
  CompiledBlock,
  CompiledCourse,
  Condition,
  Localized,
  QuestionBankBlock,
  QuestionBlock,
  QuestionWithoutTexts,
  ScenarioBlock,
  ScenarioSituation,
} from './compiled-course.ts';
import { htmlToText } from './html-to-text.ts';
import { questionKind } from './kinds/question-kinds.ts';
import type { AnswerLanguage } from './kinds/question-kind.ts';
import { learnerStateLayout } from './learner-state-layout.ts';
import { describeHtml } from './question-texts.ts';

/** A compiled block before its build-time plain texts (questions and scenario situations lack them). */
export type BlockWithoutTexts =
  | Exclude<CompiledBlock, QuestionBlock | QuestionBankBlock | ScenarioBlock>
  | QuestionWithoutTexts
  | (Omit<QuestionBankBlock, 'questions'> & { questions: QuestionWithoutTexts[] })
  | (Omit<ScenarioBlock, 'situations'> & { situations: Omit<ScenarioSituation, 'description'>[] });

/** A compiled course before the data the player would otherwise derive at every start (see completeCourse). */
export type CourseWithoutTexts = Omit<CompiledCourse, 'modules' | 'stateLayout'> & {
  modules: {
    id: string;
    title: Localized;
    pages: { id: string; title: Localized; blocks: BlockWithoutTexts[]; when?: Condition }[];
  }[];
};

/**
 * Adds what the player would otherwise derive from the course at every start ("a course is data"): each
 * question's plain-text description, expected answer and label texts, each scenario situation's description,
 * and the learner-state layout. Pure and browser-safe (hand-written test courses use it too).
 */
export function completeCourse(course: CourseWithoutTexts): CompiledCourse {
  const question = (q: QuestionWithoutTexts): QuestionBlock =>
    ({ ...q, ...questionTexts(q, course.languages, course.defaultLanguage) }) as QuestionBlock;
  const block = (b: BlockWithoutTexts): CompiledBlock => {
    switch (b.type) {
      case 'question':
        return question(b);
      case 'question-bank':
        return { ...b, questions: b.questions.map(question) };
      case 'variable-choice': {
        const description = describeHtml(b.prompt);
        return description ? { ...b, description } : b;
      }
      case 'scenario':
        return {
          ...b,
          situations: b.situations.map((s) => {
            const description = describeHtml(s.html);
            return description ? { ...s, description } : s;
          }),
        };
      default:
        return b;
    }
  };
  const modules = course.modules.map((m) => ({
    ...m,
    pages: m.pages.map((p) => ({ ...p, blocks: p.blocks.map(block) })),
  }));
  return { ...course, modules, stateLayout: learnerStateLayout({ modules, variables: course.variables }) };
}

/** The plain texts of one compiled question (sanitised HTML) in `languages`. */
export function questionTexts(
  q: QuestionWithoutTexts,
  languages: readonly string[],
  defaultLanguage: string,
): Pick<QuestionBlock, 'description' | 'expected'> & { labelTexts?: Record<string, Localized> } {
  const kind = questionKind(q.kind);
  const description = describeHtml(q.prompt);
  const expected = expectedAnswers(q, languages, defaultLanguage);
  return {
    ...(description ? { description } : {}),
    ...(expected ? { expected } : {}),
    ...(kind.labelTexts ? { labelTexts: kind.labelTexts(q) } : {}),
  };
}

/**
 * The expected answer of a compiled question as plain text in each of `languages`, shown in review (its kind's
 * `expected`): undefined when the question has no right answer (likert, opinion choices).
 */
function expectedAnswers(
  question: QuestionWithoutTexts,
  languages: readonly string[],
  defaultLanguage: string,
): Localized | undefined {
  const entries = languages.map(
    (lang) =>
      [lang, questionKind(question.kind).expected(question, answerLanguage(lang, defaultLanguage))] as const,
  );
  return entries.every(([, text]) => text !== undefined)
    ? (Object.fromEntries(entries) as Localized)
    : undefined;
}

function answerLanguage(lang: string, defaultLanguage: string): AnswerLanguage {
  const local = (text: Localized) => text[lang] ?? text[defaultLanguage] ?? Object.values(text)[0] ?? '';
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 6 });
  return {
    lang,
    defaultLanguage,
    local,
    plain: (text) => htmlToText(local(text)),
    number: (value) => number.format(value),
  };
}
