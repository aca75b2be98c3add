// course.schema.json and the table of kinds in docs/course-format.md are generated from the kinds
// (`npm run docs:kinds`): this test regenerates both in memory and fails while the committed files are stale.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { generateCourseSchema, questionKinds, withKindsTable } from '@dlis/course';

const read = (path: string) =>
  readFileSync(fileURLToPath(new URL(`../../../${path}`, import.meta.url)), 'utf8');

describe('generated from the kinds', () => {
  test('course.schema.json is the schema the kinds make (run `npm run docs:kinds` after changing a kind)', () => {
    const committed = JSON.parse(read('packages/course/schema/course.schema.json')) as unknown;
    expect(committed).toEqual(generateCourseSchema());
  });

  test("docs/course-format.md's table of kinds is the one the kinds make (`npm run docs:kinds`)", () => {
    const doc = read('docs/course-format.md');
    expect(withKindsTable(doc)).toBe(doc);
  });

  test("each question kind's own keys are the keys of its schema", () => {
    for (const [name, kind] of Object.entries(questionKinds)) {
      expect(Object.keys(kind.schema.properties), name).toEqual([...kind.ownKeys]);
    }
  });
});
