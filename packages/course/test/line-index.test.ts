import { expect, test } from 'vitest';
import { loadCourse } from '../src/index.ts';
import { LineIndex } from '../src/line-index.ts';
import { courseYaml, makeCourse, markdownBlock } from './support/course-dir.ts';

test.each([
  ['start of the text', 'ab\ncd', 0, { line: 1, col: 1 }],
  ['end of the first line', 'ab\ncd', 2, { line: 1, col: 3 }],
  ['start of the second line', 'ab\ncd', 3, { line: 2, col: 1 }],
  ['after an empty line', 'a\n\nb', 3, { line: 3, col: 1 }],
  ['end of the text', 'a\nb\n', 4, { line: 3, col: 1 }],
])('LineIndex: %s', (_name, text, offset, expected) => {
  expect(new LineIndex(text).position(offset)).toEqual(expected);
});

/** A page of `n` links, one link in every line of a paragraph, and the offset of each link. */
function page(n: number): { text: string; offsets: number[] } {
  const lines = Array.from({ length: n }, (_, i) => `See [page ${i}](page-${i}.html) here.`);
  const offsets: number[] = [];
  let at = 0;
  for (const line of lines) {
    offsets.push(at + 4);
    at += line.length + 1;
  }
  return { text: lines.join('\n'), offsets };
}

test('locating every link of a page is linear in the number of links', () => {
  const work = (n: number) => {
    const { text, offsets } = page(n);
    const lines = new LineIndex(text);
    for (const offset of offsets) lines.position(offset);
    return lines.work;
  };
  const [w10k, w20k, w40k] = [work(10_000), work(20_000), work(40_000)];
  // Linear (with a log factor from the search): doubling the links about doubles the work; quadratic would be 4×.
  expect(w20k / w10k).toBeLessThan(2.3);
  expect(w40k / w20k).toBeLessThan(2.3);
});

test('a page of 20,000 links is checked, each link located at its line', async () => {
  const { text } = page(20_000);
  const c = await makeCourse({
    'course.yaml': courseYaml(markdownBlock),
    'pages/intro.fr.md': text,
    'pages/intro.en.md': 'Text.\n',
  });
  const r = await loadCourse(c.dir);
  await c.remove();
  const warnings = r.warnings.filter((d) => d.code === 'COURSE_W_RELATIVE_LINK');
  expect(warnings).toHaveLength(20_000);
  expect(warnings.at(-1)).toMatchObject({
    line: 20_000,
    col: 5,
    message: expect.stringMatching(/page-19999/),
  });
});
