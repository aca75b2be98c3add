import { describe, expect, test } from 'vitest';
import { fileURLToPath } from 'node:url';
import { compileCourse, loadCourse } from '../src/index.ts';
import { contrastRatio } from '../src/theme-contrast.ts';
import { courseYaml, markdownBlock, introPages, png } from './support/course-dir.ts';
import { loadFiles } from './support/load-files.ts';

const woff2 = Buffer.concat([Buffer.from('wOF2'), Buffer.alloc(60)]);

describe('theme', () => {
  test('WCAG contrast ratios', () => {
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#ffffff', '#777777')).toBe(contrastRatio('#777777', '#ffffff'));
  });

  test('logo, colours and the built-in font compile into the theme and the assets', async () => {
    const loaded = await loadFiles({
      'course.yaml': courseYaml(markdownBlock, {
        tail: `theme:
  logo: { src: assets/logo.png, alt: { fr: DLIS, en: DLIS } }
  colors: { primary: '#0B3D91', text: '#222222' }
  font: atkinson-hyperlegible`,
      }),
      ...introPages,
      'assets/logo.png': png(),
    });
    expect(loaded.lines).toEqual([]);
    const { course, assets } = compileCourse(loaded.model!);
    expect(course.theme!.colors).toEqual({
      primary: '#0b3d91',
      accent: '#b4530a',
      text: '#222222',
      background: '#ffffff',
    });
    expect(course.theme!.logo).toEqual({
      path: expect.stringMatching(/^assets\/[0-9a-f]{8}-logo\.png$/),
      alt: { fr: 'DLIS', en: 'DLIS' },
    });
    const font = course.theme!.font!;
    expect(font.family).toBe('Atkinson Hyperlegible');
    expect(font.files.map((f) => [f.weight, f.style, f.path.replace(/^assets\/[0-9a-f]{8}-/, '')])).toEqual([
      [400, 'normal', 'atkinson-hyperlegible-latin-400-normal.woff2'],
      [400, 'italic', 'atkinson-hyperlegible-latin-400-italic.woff2'],
      [700, 'normal', 'atkinson-hyperlegible-latin-700-normal.woff2'],
      [700, 'italic', 'atkinson-hyperlegible-latin-700-italic.woff2'],
      [400, 'normal', 'atkinson-hyperlegible-latin-ext-400-norm.woff2'], // names are cut at 40 characters
      [400, 'italic', 'atkinson-hyperlegible-latin-ext-400-ital.woff2'],
      [700, 'normal', 'atkinson-hyperlegible-latin-ext-700-norm.woff2'],
      [700, 'italic', 'atkinson-hyperlegible-latin-ext-700-ital.woff2'],
    ]);
    expect(font.files[0]!.unicodeRange).toMatch(/^U\+0000-00FF,/);
    expect(font.files[4]!.unicodeRange).toMatch(/^U\+0100-02BA,/);
    const targets = assets.map((a) => a.target);
    for (const f of font.files) expect(targets).toContain(f.path);
    expect(targets).toContain(course.theme!.logo!.path);
  });

  test('a custom font needs woff2 files from the course folder', async () => {
    const loaded = await loadFiles({
      'course.yaml': courseYaml(markdownBlock, {
        tail: `theme:
  font:
    family: Luciole
    files:
      - { src: fonts/luciole.woff2 }
      - { src: fonts/luciole-bold.ttf, weight: 700 }`,
      }),
      ...introPages,
      'fonts/luciole.woff2': woff2,
      'fonts/luciole-bold.ttf': Buffer.from('\0\x01\0\0 truetype'),
    });
    expect(loaded.lines).toEqual([
      "course/course.yaml:23:16: theme.font.files[1].src: 'fonts/luciole-bold.ttf' is not a WOFF2 font file.",
    ]);
    const ok = await loadFiles({
      'course.yaml': courseYaml(markdownBlock, {
        tail: 'theme:\n  font: { family: Luciole, files: [{ src: fonts/luciole.woff2, style: italic }] }',
      }),
      ...introPages,
      'fonts/luciole.woff2': woff2,
    });
    expect(compileCourse(ok.model!).course.theme!.font).toEqual({
      family: 'Luciole',
      files: [
        { path: expect.stringMatching(/^assets\/[0-9a-f]{8}-luciole\.woff2$/), weight: 400, style: 'italic' },
      ],
    });
  });

  test('contrast failures are located at the colour, with the ratio found and the one required', async () => {
    const { lines, errors } = await loadFiles({
      'course.yaml': courseYaml(markdownBlock, {
        tail: `theme:
  colors:
    text: '#777777'
    primary: '#ffcc00'
    accent: '#cccccc'`,
      }),
      ...introPages,
    });
    expect(lines).toEqual(
      [
        'course/course.yaml:20:11: theme.colors.text: contrast of text on the background is 4.47:1; at least 4.5:1 is required.',
        'course/course.yaml:21:14: theme.colors.primary: contrast of links and headings (primary) on the background is 1.51:1; at least 4.5:1 is required.',
        'course/course.yaml:21:14: theme.colors.primary: contrast of white button text on the primary colour is 1.51:1; at least 4.5:1 is required.',
        'course/course.yaml:22:13: theme.colors.accent: contrast of focus rings and highlights (accent) on the background is 1.6:1; at least 3:1 is required.',
      ].map((l) => l.replace('1.6:1', '1.60:1')),
    );
    expect(new Set(errors.map((d) => d.code))).toEqual(new Set(['COURSE_E_CONTRAST']));
  });

  test('a dark background alone is blamed when the default text no longer reads on it', async () => {
    const { errors } = await loadFiles({
      'course.yaml': courseYaml(markdownBlock, { tail: "theme: { colors: { background: '#000000' } }" }),
      ...introPages,
    });
    expect(errors.map((d) => d.path)).toEqual(['theme.colors.background', 'theme.colors.background']);
  });
});

describe('compile determinism', () => {
  test('the template (every block type) compiles to the same JSON and assets twice', async () => {
    const dir = fileURLToPath(new URL('../../../templates/module/', import.meta.url));
    const [a, b] = await Promise.all([loadCourse(dir), loadCourse(dir)]);
    if (!a.ok || !b.ok) throw new Error('template does not load');
    expect(JSON.stringify(compileCourse(a.model))).toBe(JSON.stringify(compileCourse(b.model)));
    const fr = compileCourse(a.model, { languages: ['en'] });
    expect(JSON.stringify(fr.course)).not.toMatch(/"fr"/);
  });
});
