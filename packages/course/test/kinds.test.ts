// A kind lives in its folder and its table entries: a throwaway block kind, added through the tables alone
// (no switch anywhere), is built, compiled, completed and laid out in the learner state like the others.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  blockKinds,
  compileCourse,
  generateCourseSchema,
  kindsTable,
  loadCourse,
  questionKinds,
  type BlockKindModule,
  type CourseModel,
} from '@dlis/course';
import { compiledBlockKinds, type CompiledBlockKind, type CompiledCourse } from '@dlis/course/compiled';

const templateDir = fileURLToPath(new URL('../../../templates/module/', import.meta.url));

// A 'stamp': a short plain text, whose upper-case form is computed at build time and whose id is kept in the
// learner state as a checklist of one item. Typed as an existing type, as a new kind is before its shapes exist.
type Stamp = { type: 'stamp'; id: string; text: Record<string, string>; upper?: Record<string, string> };
const stampCompiled = {
  element: 'dlis-stamp',
  addon: 'blocks',
  complete: (b: Stamp) => ({
    ...b,
    upper: Object.fromEntries(Object.entries(b.text).map(([l, t]) => [l, t.toUpperCase()])),
  }),
  layout: (b: Stamp) => ({ checklists: [{ id: b.id, items: ['seen'] }] }),
};
const stampSchema = {
  title: 'Stamp block',
  type: 'object',
  additionalProperties: false,
  required: ['type', 'id', 'text'],
  properties: { type: { const: 'stamp' }, id: { $ref: '#/$defs/id' }, text: { $ref: '#/$defs/plainText' } },
};
const stampKind = {
  ...stampCompiled,
  summary: 'A short text stamped on the page.',
  schema: stampSchema,
  check: () => undefined,
  build: (b: { text: Record<string, string> }, id: string) => ({ type: 'stamp', id, text: b.text }),
  compile: (b: Stamp, ctx: { text: (l: Record<string, string>) => Record<string, string> }) => ({
    type: 'stamp',
    id: b.id,
    text: ctx.text(b.text),
  }),
};

const tables = { blockKinds, compiledBlockKinds } as unknown as Record<
  'blockKinds' | 'compiledBlockKinds',
  Record<string, BlockKindModule<'glossary'> | CompiledBlockKind<'glossary'>>
>;

beforeAll(() => {
  tables.compiledBlockKinds['stamp'] = stampCompiled as unknown as CompiledBlockKind<'glossary'>;
  tables.blockKinds['stamp'] = stampKind as unknown as BlockKindModule<'glossary'>;
});
afterAll(() => {
  delete tables.compiledBlockKinds['stamp'];
  delete tables.blockKinds['stamp'];
});

async function templateModel(): Promise<CourseModel> {
  const loaded = await loadCourse(templateDir);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  return loaded.model;
}

test('the tables hold every kind once, each with every piece', () => {
  expect(Object.keys(questionKinds)).toHaveLength(8);
  for (const [type, kind] of Object.entries(blockKinds)) {
    if (type === 'stamp') continue;
    expect(typeof kind.check, type).toBe('function');
    expect(typeof kind.build, type).toBe('function');
    expect(typeof kind.compile, type).toBe('function');
    expect(kind.element, type).toBe(compiledBlockKinds[type as keyof typeof compiledBlockKinds].element);
  }
});

test('a block of the throwaway kind compiles, gets its build-time texts and its learner-state entry', async () => {
  const model = await templateModel();
  const page = model.modules[0]!.pages[0]!;
  const stamp = stampKind.build({ text: { fr: 'Vu', en: 'Seen' } }, 'stamp-1');
  page.blocks.push(stamp as unknown as (typeof page.blocks)[number]);

  const { course } = compileCourse(model, { languages: ['en'] });
  const compiled = course.modules[0]!.pages[0]!.blocks.at(-1) as unknown as Stamp;
  expect(compiled).toEqual({ type: 'stamp', id: 'stamp-1', text: { en: 'Seen' }, upper: { en: 'SEEN' } });
  expect((course as CompiledCourse).stateLayout.checklists).toContainEqual({
    id: 'stamp-1',
    items: ['seen'],
  });
});

test('the throwaway kind is in the generated schema and table of kinds', () => {
  const schema = generateCourseSchema() as {
    $defs: Record<string, { properties?: { type?: { enum?: string[] } }; allOf?: unknown[] }>;
  };
  expect(schema.$defs['stampBlock']).toEqual(stampSchema);
  expect(schema.$defs['block']!.properties!.type!.enum).toContain('stamp');
  expect(schema.$defs['block']!.allOf).toContainEqual({
    if: { properties: { type: { const: 'stamp' } }, required: ['type'] },
    then: { $ref: '#/$defs/stampBlock' },
  });
  expect(kindsTable()).toMatch(/^\| `stamp` +\| A short text stamped on the page\. +\|$/m);
});
