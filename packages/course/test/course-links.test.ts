// Course links: `[text](link:<id>)` in Markdown names an address of the course's `links` map (course.yaml), which a
// deployment's links file overrides at compile time (`resourceLinks`, what `dlis build --links` passes).
import { describe, expect, test } from 'vitest';
import { compileCourse } from '../src/index.ts';
import type { CompiledBlock } from '@dlis/course/compiled';
import { courseYaml } from './support/course-dir.ts';
import { firstPageBlocks, loadFiles } from './support/load-files.ts';

const links = `links:
  M1: ../m1-course/
  M2: https://lms.example.org/course/view.php?id=2`;
const markdownOf = (blocks: CompiledBlock[]) => {
  const block = blocks.find((b) => b.type === 'markdown');
  if (block?.type !== 'markdown') throw new Error('no markdown block');
  return block.html;
};

describe('course links', () => {
  test('resolve to the address of course.yaml, open in a new tab, and give no relative-link warning', async () => {
    const loaded = await loadFiles({
      'course.yaml': courseYaml(`          - type: markdown\n            file: pages/intro.md`, {
        tail: links,
      }),
      'pages/intro.fr.md': 'Voir [le module 1](link:M1) et [le module 2](link:M2).',
      'pages/intro.en.md': 'See [module 1](link:M1).',
    });
    expect(loaded.lines).toEqual([]);
    expect(loaded.warnings).toEqual([]);
    const html = markdownOf(firstPageBlocks(compileCourse(loaded.model!).course));
    expect(html.fr).toBe(
      '<p>Voir <a href="../m1-course/" data-course-link="M1" rel="noopener noreferrer" target="_blank">le module 1</a>' +
        ' et <a href="https://lms.example.org/course/view.php?id=2" data-course-link="M2" rel="noopener noreferrer" target="_blank">le module 2</a>.</p>',
    );
  });

  test("a deployment's links win over course.yaml; an id the course does not have is refused", async () => {
    const loaded = await loadFiles({
      'course.yaml': courseYaml(`          - type: markdown\n            file: pages/intro.md`, {
        tail: links,
      }),
      'pages/intro.fr.md': '[M1](link:M1)',
      'pages/intro.en.md': '[M1](link:M1)',
    });
    const course = compileCourse(loaded.model!, { resourceLinks: { M1: 'https://lms.test/m1' } }).course;
    expect(markdownOf(firstPageBlocks(course)).en).toContain(
      'href="https://lms.test/m1" data-course-link="M1"',
    );
    expect(() => compileCourse(loaded.model!, { resourceLinks: { M9: 'https://lms.test/m9' } })).toThrow(
      /no questionnaire resource or course link 'M9'/,
    );
  });

  test('an unknown id is a located error in the Markdown file', async () => {
    const { lines, errors } = await loadFiles({
      'course.yaml': courseYaml(`          - type: markdown\n            file: pages/intro.md`, {
        tail: links,
      }),
      'pages/intro.fr.md': 'Voir\n\n[le module](link:M3).',
      'pages/intro.en.md': '[module 1](link:M1)',
    });
    expect(lines).toEqual([
      "course/pages/intro.fr.md:3:1: modules[0].pages[0].blocks[0]: 'M3' is not one of the course's links. Did you mean 'M1'?",
    ]);
    expect(errors.map((d) => d.code)).toEqual(['COURSE_E_UNKNOWN_LINK']);
  });
});
