import { describe, expect, test } from 'vitest';
import { compileCourse } from '../src/index.ts';
import { courseYaml, introPages, markdownBlock, png } from './support/course-dir.ts';
import { loadFiles } from './support/load-files.ts';

describe('cover (issue 16)', () => {
  test('image per language, a duration range and objectives compile into the course', async () => {
    const loaded = await loadFiles({
      'course.yaml': courseYaml(markdownBlock, {
        tail: `cover:
  image: { src: { fr: assets/cover.fr.png, en: assets/cover.en.png }, alt: { fr: Un guichet, en: A desk } }
  duration: { min: 45, max: 60 }
  objectives:
    - { fr: Repérer les signes, en: Spot the signs }
    - { fr: Orienter la personne, en: Refer the person }`,
      }),
      ...introPages,
      'assets/cover.fr.png': png(),
      'assets/cover.en.png': png(),
    });
    expect(loaded.lines).toEqual([]);
    const { course, assets } = compileCourse(loaded.model!);
    const cover = course.cover!;
    expect(cover.image!.alt).toEqual({ fr: 'Un guichet', en: 'A desk' });
    expect(cover.image!.files['fr']!.path).toMatch(/^assets\/[0-9a-f]{8}-cover-fr\.png$/);
    expect(cover.image!.files['en']!.path).toMatch(/^assets\/[0-9a-f]{8}-cover-en\.png$/);
    expect(cover.image!.files['fr']!.width).toBeGreaterThan(0);
    expect(assets.map((a) => a.target)).toContain(cover.image!.files['en']!.path);
    expect(cover.duration).toEqual({ min: 45, max: 60 });
    expect(cover.objectives).toEqual([
      { fr: 'Repérer les signes', en: 'Spot the signs' },
      { fr: 'Orienter la personne', en: 'Refer the person' },
    ]);
  });

  test('one duration is a range of one; no cover, no `cover` in the compiled course', async () => {
    const one = await loadFiles({
      'course.yaml': courseYaml(markdownBlock, { tail: 'cover: { duration: 30 }' }),
      ...introPages,
    });
    expect(one.lines).toEqual([]);
    expect(compileCourse(one.model!).course.cover).toEqual({
      duration: { min: 30, max: 30 },
      objectives: [],
    });
    const none = await loadFiles({ 'course.yaml': courseYaml(markdownBlock), ...introPages });
    expect('cover' in compileCourse(none.model!).course).toBe(false);
  });

  test('bad covers: located errors for a missing file, translation, alt, backwards range, unknown key', async () => {
    const loaded = await loadFiles({
      'course.yaml': courseYaml(markdownBlock, {
        tail: `cover:
  image: { src: assets/none.png, alt: { fr: Un guichet } }
  duration: { min: 60, max: 45 }
  objectives:
    - { fr: Repérer les signes }
  teaser: yes`,
      }),
      ...introPages,
    });
    expect(loaded.lines.join('\n')).toMatchInlineSnapshot(`
      "course/course.yaml:19:17: cover.image.src: file 'assets/none.png' not found.
      course/course.yaml:19:34: cover.image.alt: missing 'en' translation.
      course/course.yaml:20:20: cover.duration.min: the shortest duration (60 minutes) is longer than the longest (45).
      course/course.yaml:22:7: cover.objectives[0]: missing 'en' translation.
      course/course.yaml:23:3: cover.teaser: unknown key 'teaser'."
    `);
  });
});
