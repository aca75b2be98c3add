import {
  completeCourse,
  type CompiledAssessment,
  type CompiledCourse,
  type CourseWithoutTexts,
  type QuestionWithoutTexts,
} from '@dlis/course/compiled';

/** An assessment without banks, immediate feedback, unlimited attempts. */
function assessment(questionIds: string[], maxPoints: number): CompiledAssessment {
  return { questionIds, maxPoints, banks: [], feedback: 'immediate', maxAttempts: 0 };
}

/** A small hand-written compiled course: two languages, two pages, one scored question. */
export function courseFixture(overrides: Partial<CourseWithoutTexts> = {}): CompiledCourse {
  const question: QuestionWithoutTexts = {
    type: 'question',
    id: 'q1',
    kind: 'single-choice',
    prompt: { fr: '<p>Quelle couleur ?</p>', en: '<p>Which colour?</p>' },
    choices: [
      { id: 'red', label: { fr: 'Rouge', en: 'Red' }, correct: true, weight: 1 },
      { id: 'blue', label: { fr: 'Bleu', en: 'Blue' }, correct: false, weight: 0 },
    ],
    scored: true,
    points: 1,
    maxAttempts: 0,
    feedback: {},
  };
  return completeCourse({
    format: 1,
    id: 'digital-agility',
    version: '1.2.0',
    languages: ['fr', 'en'],
    defaultLanguage: 'fr',
    title: { fr: 'Agilité numérique', en: 'Digital agility' },
    description: { fr: 'Un cours.', en: 'A course.' },
    completion: 'assessment-passed',
    masteryScore: 80,
    modules: [
      {
        id: 'm1',
        title: { fr: 'Module 1', en: 'Module 1' },
        pages: [
          {
            id: 'intro',
            title: { fr: 'Introduction', en: 'Introduction' },
            blocks: [{ type: 'markdown', id: 'b1', html: { fr: '<p>Bonjour</p>', en: '<p>Hello</p>' } }],
          },
          { id: 'quiz', title: { fr: 'Quiz', en: 'Quiz' }, blocks: [question] },
        ],
      },
    ],
    assessment: assessment(['q1'], 1),
    glossary: [],
    ...overrides,
  });
}

/** The same course without any scored question. */
export function courseWithoutAssessment(): CompiledCourse {
  return courseFixture({ completion: 'all-pages-viewed', assessment: assessment([], 0) });
}

/** A course with `count` scored questions of `choices` choices each, on one page per question. */
export function courseWithQuestions(count: number, choices: number): CompiledCourse {
  const pages = Array.from({ length: count }, (_, i) => {
    const question: QuestionWithoutTexts = {
      type: 'question',
      id: `q${i}`,
      kind: 'multiple-choice',
      prompt: { fr: `<p>Question ${i}</p>` },
      choices: Array.from({ length: choices }, (_, c) => ({
        id: `c${c}`,
        label: { fr: `Choix ${c}` },
        correct: c === 0,
        weight: c === 0 ? 1 : 0,
      })),
      scored: true,
      points: 1,
      maxAttempts: 0,
      feedback: {},
    };
    return { id: `page-${i}`, title: { fr: `Page ${i}` }, blocks: [question] };
  });
  return courseFixture({
    languages: ['fr'],
    title: { fr: 'Grand questionnaire' },
    description: { fr: 'Beaucoup de questions.' },
    modules: [{ id: 'm1', title: { fr: 'Module' }, pages }],
    assessment: assessment(
      pages.map((_, i) => `q${i}`),
      count,
    ),
  });
}
