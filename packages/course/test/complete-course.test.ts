import { describe, expect, test } from 'vitest';
import {
  completeCourse,
  DESCRIPTION_MAX,
  htmlToText,
  learnerStateLayout,
  truncate,
  type CourseWithoutTexts,
  type QuestionWithoutTexts,
} from '../src/compiled-course.ts';

const both = (fr: string, en: string) => ({ fr, en });
const common = { type: 'question' as const, scored: true, points: 1, maxAttempts: 0, feedback: {} };
const questions: QuestionWithoutTexts[] = [
  {
    ...common,
    id: 'long',
    kind: 'single-choice',
    prompt: both('<p>Court</p>', `<p>${'Long &amp; <em>winding</em> road. '.repeat(20)}</p>`),
    choices: [
      { id: 'a', label: both('<em>Oui</em> &amp; non', 'Yes'), correct: true, weight: 1 },
      { id: 'b', label: both('Non', 'No'), correct: false, weight: 0 },
    ],
  },
  { ...common, id: 'opinion', kind: 'likert', scored: false, prompt: both('Avis', 'Opinion'), scale: [] },
  {
    ...common,
    id: 'match',
    kind: 'matching',
    prompt: both('Associer', 'Match'),
    sources: [{ id: 's1', label: both('<strong>Courriel</strong>', 'E-mail') }],
    targets: [
      { id: 't1', label: both('<em>Écrire</em>', 'Write') },
      { id: 't2', label: both('Lire', 'Read') },
    ],
    answer: ['t1'],
  },
  {
    ...common,
    id: 'order',
    kind: 'ordering',
    prompt: both('Ordre', 'Order'),
    items: [
      { id: 'i1', label: both('Allumer', 'Switch <em>on</em>') },
      { id: 'i2', label: both('Naviguer', 'Browse') },
    ],
  },
  {
    ...common,
    id: 'num',
    kind: 'numeric',
    prompt: both('Combien ?', 'How many?'),
    min: 1234.5,
    max: 2000,
    unit: both('%', '%'),
    decimals: 1,
  },
];

const draft: CourseWithoutTexts = {
  format: 1,
  id: 'c',
  version: '1.0.0',
  languages: ['fr', 'en'],
  defaultLanguage: 'fr',
  title: both('C', 'C'),
  description: both('', ''),
  completion: 'all-pages-viewed',
  masteryScore: 0,
  assessment: { questionIds: [], maxPoints: 0, banks: [], feedback: 'immediate', maxAttempts: 0 },
  glossary: [],
  modules: [
    {
      id: 'm',
      title: both('M', 'M'),
      pages: [
        { id: 'p1', title: both('P', 'P'), blocks: [questions[0]!, questions[1]!] },
        {
          id: 'p2',
          title: both('P', 'P'),
          blocks: [
            { type: 'question-bank', id: 'bank', draw: 1, questions: questions.slice(2) },
            {
              type: 'scenario',
              id: 'sc',
              title: both('S', 'S'),
              start: 's1',
              situations: [
                {
                  id: 's1',
                  html: both('<p>Elle&nbsp;arrive.</p>\n<p>Bonjour.</p>', '<p>She comes.</p>'),
                  choices: [{ id: 'c1', label: both('a', 'a'), score: 1, next: 'end' }],
                },
              ],
              endings: [{ id: 'end', html: both('', ''), tone: 'positive' }],
              scored: false,
              points: 0,
              maxScore: 1,
            },
          ],
        },
      ],
    },
  ],
};

const course = completeCourse(draft);
const blocks = course.modules.flatMap((m) => m.pages).flatMap((p) => p.blocks);
const question = (id: string) =>
  blocks
    .flatMap((b) => (b.type === 'question' ? [b] : b.type === 'question-bank' ? b.questions : []))
    .find((q) => q.id === id)!;

describe('completeCourse', () => {
  test('a description per language: the plain text of the prompt, cut to 250 characters', () => {
    const description = question('long').description!;
    expect(description.fr).toBe('Court');
    expect(Array.from(description.en!)).toHaveLength(DESCRIPTION_MAX);
    expect(description.en!.startsWith('Long & winding road. Long')).toBe(true);
    expect(description.en!.endsWith('…')).toBe(true);
    expect(description.en).not.toMatch(/[<>]/);
    // A prompt that is its own plain text needs none.
    expect(question('opinion')).not.toHaveProperty('description');
  });

  test('the expected answer in plain text per language, none without a right answer', () => {
    expect(question('long').expected).toEqual({ fr: 'Oui & non', en: 'Yes' });
    expect(question('opinion')).not.toHaveProperty('expected');
    expect(question('match').expected).toEqual({ fr: 'Courriel → Écrire', en: 'E-mail → Write' });
    expect(question('order').expected).toEqual({ fr: 'Allumer → Naviguer', en: 'Switch on → Browse' });
    // Numbers in each language's format (narrow no-break space as the French group separator).
    expect(question('num').expected).toEqual({ fr: '1\u202f234,5 – 2\u202f000 %', en: '1,234.5 – 2,000 %' });
  });

  test('label texts of matching targets and ordering items that have markup, by id; none for other kinds', () => {
    expect(question('match')).toMatchObject({ labelTexts: { t1: both('Écrire', 'Write') } });
    expect(question('order')).toMatchObject({ labelTexts: { i1: both('Allumer', 'Switch on') } });
    const match = question('match');
    expect(match.kind === 'matching' && Object.keys(match.labelTexts)).toEqual(['t1']);
    expect(question('long')).not.toHaveProperty('labelTexts');
  });

  test('a description per scenario situation, and the learner state layout of the course', () => {
    const scenario = blocks.find((b) => b.type === 'scenario');
    expect(scenario?.type === 'scenario' && scenario.situations[0]!.description).toEqual({
      fr: 'Elle arrive. Bonjour.',
      en: 'She comes.',
    });
    expect(course.stateLayout).toEqual(learnerStateLayout(course));
    expect(course.stateLayout.questions.map((q) => q.id)).toEqual([
      'long',
      'opinion',
      'match',
      'order',
      'num',
    ]);
  });

  test("each kind's interaction: its type and components, labels as plain text in every language", () => {
    expect(question('long').interaction).toEqual({
      type: 'choice',
      choices: [
        { id: 'a', description: both('Oui & non', 'Yes') },
        { id: 'b', description: both('Non', 'No') },
      ],
    });
    expect(question('opinion').interaction).toEqual({ type: 'likert', scale: [] });
    expect(question('match').interaction).toEqual({
      type: 'matching',
      source: [{ id: 's1', description: both('Courriel', 'E-mail') }],
      target: [
        { id: 't1', description: both('Écrire', 'Write') },
        { id: 't2', description: both('Lire', 'Read') },
      ],
    });
    expect(question('order').interaction.type).toBe('sequencing');
    expect(question('num').interaction).toEqual({ type: 'numeric' });
    const scenario = blocks.find((b) => b.type === 'scenario');
    expect(scenario?.type === 'scenario' && scenario.situations[0]!.interaction).toEqual({
      type: 'choice',
      choices: [{ id: 'c1', description: both('a', 'a') }],
    });
  });
});

describe('htmlToText / truncate', () => {
  test('tags removed, entities decoded, whitespace collapsed', () => {
    expect(htmlToText('<p>A&nbsp;b &lt;c&gt; &#233;t&#xE9;</p>\n<ul><li>x</li></ul>')).toBe('A b <c> été x');
    expect(htmlToText('&unknown; &amp;')).toBe('&unknown; &');
  });

  test('inline markup leaves no stray space; block markup separates words', () => {
    expect(htmlToText('a <strong>proof of income</strong>.')).toBe('a proof of income.');
    expect(htmlToText('<a href="x">link</a>, <em>b</em>: <code>c</code>')).toBe('link, b: c');
    expect(htmlToText('<p>one</p><p>two<br>three</p>')).toBe('one two three');
  });

  test('truncate counts code points', () => {
    expect(truncate('abc', 3)).toBe('abc');
    expect(truncate('abcd', 3)).toBe('ab…');
    expect(Array.from(truncate('😀😀😀😀', 3))).toHaveLength(3);
  });
});
