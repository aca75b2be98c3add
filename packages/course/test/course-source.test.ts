import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { courseSchema } from '../src/index.ts';
import type {
  AccordionBlockSource,
  AuthorSource,
  CalloutBlockSource,
  ChecklistBlockSource,
  ChoiceSource,
  CourseSource,
  GlossaryEntrySource,
  ImageBlockSource,
  KeyFiguresBlockSource,
  LabelledGraphicBlockSource,
  MarkdownBlockSource,
  MediaBlockSource,
  ModuleSource,
  PageSource,
  ProcessBlockSource,
  QuestionBankBlockSource,
  QuestionBlockSource,
  QuestionnaireBlockSource,
  QuoteBlockSource,
  ResourcesBlockSource,
  ScenarioBlockSource,
  TabsBlockSource,
  ThemeSource,
  CoverSource,
  ToolSheetBlockSource,
  VariableChoiceBlockSource,
  VariableSource,
} from '../src/course-source.ts';

type Keys<T> = Record<keyof T, true>;
type Def = { properties?: Record<string, unknown>; $id?: string };
const defs = (courseSchema as { $defs: Record<string, Def> }).$defs;
const keysOf = (schema: Def) => Object.keys(schema.properties ?? {}).sort();

// Exhaustive tables: a key missing from, or added to, a TS type is a compile error here (satisfies), and a
// key missing from, or added to, the schema fails the test below.
const typeKeys = {
  course: {
    id: true,
    version: true,
    title: true,
    description: true,
    cover: true,
    languages: true,
    defaultLanguage: true,
    authors: true,
    licence: true,
    completion: true,
    masteryScore: true,
    assessment: true,
    links: true,
    glossary: true,
    variables: true,
    theme: true,
    tracking: true,
    modules: true,
  } satisfies Keys<CourseSource>,
  glossaryEntry: { id: true, term: true, definition: true } satisfies Keys<GlossaryEntrySource>,
  theme: { logo: true, colors: true, font: true } satisfies Keys<ThemeSource>,
  cover: { image: true, duration: true, objectives: true } satisfies Keys<CoverSource>,
  mediaBlock: {
    type: true,
    when: true,
    id: true,
    kind: true,
    title: true,
    src: true,
    captions: true,
    transcript: true,
    poster: true,
  } satisfies Keys<MediaBlockSource>,
  accordionBlock: {
    type: true,
    when: true,
    id: true,
    items: true,
  } satisfies Keys<AccordionBlockSource>,
  tabsBlock: {
    type: true,
    when: true,
    id: true,
    label: true,
    tabs: true,
  } satisfies Keys<TabsBlockSource>,
  keyFiguresBlock: {
    type: true,
    when: true,
    id: true,
    title: true,
    figures: true,
  } satisfies Keys<KeyFiguresBlockSource>,
  quoteBlock: {
    type: true,
    when: true,
    id: true,
    kind: true,
    file: true,
    text: true,
    author: true,
    role: true,
    source: true,
  } satisfies Keys<QuoteBlockSource>,
  resourcesBlock: {
    type: true,
    when: true,
    id: true,
    title: true,
    items: true,
  } satisfies Keys<ResourcesBlockSource>,
  checklistBlock: {
    type: true,
    when: true,
    id: true,
    title: true,
    items: true,
  } satisfies Keys<ChecklistBlockSource>,
  toolSheetBlock: {
    type: true,
    when: true,
    id: true,
    title: true,
    file: true,
    text: true,
  } satisfies Keys<ToolSheetBlockSource>,
  questionBankBlock: {
    type: true,
    when: true,
    id: true,
    draw: true,
    questions: true,
  } satisfies Keys<QuestionBankBlockSource>,
  scenarioBlock: {
    type: true,
    when: true,
    id: true,
    title: true,
    intro: true,
    start: true,
    scored: true,
    points: true,
    characters: true,
    situations: true,
    endings: true,
  } satisfies Keys<ScenarioBlockSource>,
  processBlock: {
    type: true,
    when: true,
    id: true,
    title: true,
    steps: true,
  } satisfies Keys<ProcessBlockSource>,
  labelledGraphicBlock: {
    type: true,
    when: true,
    id: true,
    title: true,
    src: true,
    alt: true,
    markers: true,
  } satisfies Keys<LabelledGraphicBlockSource>,
  questionnaireBlock: {
    type: true,
    when: true,
    id: true,
    questionnaire: true,
    links: true,
  } satisfies Keys<QuestionnaireBlockSource>,
  variable: { id: true, label: true, values: true, launchParameter: true } satisfies Keys<VariableSource>,
  variableChoiceBlock: {
    type: true,
    when: true,
    id: true,
    variable: true,
    prompt: true,
  } satisfies Keys<VariableChoiceBlockSource>,
  author: { name: true, organisation: true } satisfies Keys<AuthorSource>,
  module: { id: true, title: true, pages: true } satisfies Keys<ModuleSource>,
  page: { id: true, title: true, blocks: true, when: true } satisfies Keys<PageSource>,
  markdownBlock: {
    type: true,
    when: true,
    id: true,
    file: true,
    text: true,
  } satisfies Keys<MarkdownBlockSource>,
  imageBlock: {
    type: true,
    when: true,
    id: true,
    src: true,
    alt: true,
    decorative: true,
    caption: true,
  } satisfies Keys<ImageBlockSource>,
  calloutBlock: {
    type: true,
    when: true,
    id: true,
    variant: true,
    title: true,
    file: true,
    text: true,
  } satisfies Keys<CalloutBlockSource>,
  questionBlock: {
    type: true,
    when: true,
    id: true,
    kind: true,
    prompt: true,
    choices: true,
    answer: true,
    feedback: true,
    scored: true,
    points: true,
    maxAttempts: true,
    sources: true,
    targets: true,
    items: true,
    accepted: true,
    caseSensitive: true,
    accentSensitive: true,
    maxLength: true,
    exact: true,
    min: true,
    max: true,
    decimals: true,
    unit: true,
    scale: true,
  } satisfies Keys<QuestionBlockSource>,
  choice: { id: true, label: true, correct: true, weight: true, feedback: true } satisfies Keys<ChoiceSource>,
};

describe('course.schema.json', () => {
  test('is a valid JSON Schema 2020-12 that compiles in strict mode, with an $id', () => {
    expect(courseSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(courseSchema.$id).toMatch(/^https:\/\//);
    expect(() => new Ajv2020({ strict: true, allErrors: true }).compile(courseSchema)).not.toThrow();
  });

  test('lists the same keys as the TypeScript source types', () => {
    expect(keysOf(courseSchema as Def)).toEqual(Object.keys(typeKeys.course).sort());
    for (const [name, keys] of Object.entries(typeKeys)) {
      if (name === 'course') continue;
      expect(keysOf(defs[name]!), name).toEqual(Object.keys(keys).sort());
    }
  });

  test('every property has a title or a description (editors show them)', () => {
    const missing: string[] = [];
    const walk = (schema: unknown, where: string) => {
      const props = (schema as Def).properties ?? {};
      for (const [key, value] of Object.entries(props)) {
        const v = value as { title?: string; description?: string; $ref?: string; const?: unknown };
        if (!v.title && !v.description && !v.$ref && v.const === undefined && typeof value !== 'boolean') {
          missing.push(`${where}.${key}`);
        }
      }
    };
    walk(courseSchema, '(root)');
    for (const [name, def] of Object.entries(defs)) walk(def, name);
    expect(missing).toEqual([]);
  });

  test('accepts the template', async () => {
    const yaml = await readFile(
      fileURLToPath(new URL('../../../templates/module/course.yaml', import.meta.url)),
      'utf8',
    );
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(courseSchema);
    expect(validate(parse(yaml)), JSON.stringify(validate.errors)).toBe(true);
  });
});
