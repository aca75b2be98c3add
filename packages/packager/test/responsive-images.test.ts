import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { CompiledCourse, ImageBlock, MarkdownBlock } from '@dlis/course/compiled';
import { packageCourse, type PackageAsset, type PlayerBuild } from '@dlis/packager';
import { withResponsiveImages } from '../src/responsive-images.ts';
import { courseFixture } from './support/course-fixture.ts';
import { readZip } from './support/read-zip.ts';

let tmp: string;
let player: PlayerBuild;
let assets: PackageAsset[];

/** A photo-like PNG (smooth gradients and rings), made here rather than committed as a binary. */
async function writePhoto(file: string, width: number, height: number): Promise<void> {
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      pixels[i] = (x * 255) / width;
      pixels[i + 1] = (y * 255) / height;
      pixels[i + 2] = 128 + 127 * Math.sin(Math.hypot(x - width / 2, y - height / 2) / 25);
    }
  await sharp(pixels, { raw: { width, height, channels: 3 } })
    .png({ compressionLevel: 6 })
    .toFile(file);
}

beforeEach(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'dlis-images-'));
  const playerDir = join(tmp, 'player');
  await mkdir(playerDir, { recursive: true });
  await writeFile(
    join(playerDir, 'player-web-ab12cd34.js'),
    'customElements.define("dlis-player", class extends HTMLElement {});',
  );
  await writeFile(join(playerDir, 'i18n-fr-ab12cd34.js'), 'fr');
  await writeFile(join(playerDir, 'player-ab12cd34.css'), 'dlis-player { display: block; }');
  player = {
    dir: playerDir,
    // Only the web package is built here: the other targets' scripts are never read.
    scripts: {
      web: 'player-web-ab12cd34.js',
      scorm12: 'player-web-ab12cd34.js',
      scorm2004: 'player-web-ab12cd34.js',
      cmi5: 'player-web-ab12cd34.js',
      xapi: 'player-web-ab12cd34.js',
    },
    catalogs: { fr: 'i18n-fr-ab12cd34.js' },
    stylesheet: 'player-ab12cd34.css',
    files: ['i18n-fr-ab12cd34.js', 'player-web-ab12cd34.js', 'player-ab12cd34.css'],
  };
  await writePhoto(join(tmp, 'photo.png'), 1200, 900);
  await writePhoto(join(tmp, 'small.png'), 400, 300);
  await writeFile(
    join(tmp, 'chart.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="10"/>',
  );
  assets = [
    { source: join(tmp, 'photo.png'), target: 'assets/1a2b3c4d-photo.png' },
    { source: join(tmp, 'small.png'), target: 'assets/5e6f7a8b-small.png' },
    { source: join(tmp, 'chart.svg'), target: 'assets/9c0d1e2f-chart.svg' },
  ];
});
afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const image = (id: string, src: string, width: number, height: number): ImageBlock => ({
  type: 'image',
  id,
  src,
  width,
  height,
  alt: { fr: 'Une photo', en: 'A photo' },
});

function courseWithImages(): CompiledCourse {
  const base = courseFixture();
  const intro = base.modules[0]!.pages[0]!;
  return {
    ...base,
    cover: {
      image: {
        files: { fr: { path: 'assets/1a2b3c4d-photo.png', width: 1200, height: 900 } },
        alt: { fr: 'Photo' },
      },
      objectives: [],
    },
    modules: [
      {
        ...base.modules[0]!,
        pages: [
          {
            ...intro,
            blocks: [
              image('photo', 'assets/1a2b3c4d-photo.png', 1200, 900),
              image('small', 'assets/5e6f7a8b-small.png', 400, 300),
              image('chart', 'assets/9c0d1e2f-chart.svg', 2000, 10),
              {
                type: 'markdown',
                id: 'text',
                html: {
                  fr: `<p>Avant</p><p><img src="assets/1a2b3c4d-photo.png" alt="Une photo" /></p><p><img src="assets/5e6f7a8b-small.png" alt="Petite" /> et <img src="assets/9c0d1e2f-chart.svg" alt="Graphique" /></p>`,
                },
              },
            ],
          },
          ...base.modules[0]!.pages.slice(1),
        ],
      },
    ],
  };
}

const blockById = (course: CompiledCourse, id: string) =>
  course.modules[0]!.pages[0]!.blocks.find((b) => 'id' in b && b.id === id) as ImageBlock;

const markdownHtml = (course: CompiledCourse) =>
  (course.modules[0]!.pages[0]!.blocks.find((b) => b.type === 'markdown') as MarkdownBlock).html.fr!;

describe('withResponsiveImages', () => {
  test('a 1200 px PNG gets smaller copies at 480 and 960 px (not 1440: never upscaled); a narrow one and an SVG none', async () => {
    const result = await withResponsiveImages({ course: courseWithImages(), assets });
    const photo = blockById(result.course, 'photo');
    expect(photo.srcset).toBe(
      'assets/1a2b3c4d-photo-480w.png 480w, assets/1a2b3c4d-photo-960w.png 960w, assets/1a2b3c4d-photo.png 1200w',
    );
    expect(result.course.cover?.image?.files.fr?.srcset).toBe(photo.srcset);
    expect(blockById(result.course, 'small').srcset).toBeUndefined();
    expect(blockById(result.course, 'chart').srcset).toBeUndefined();
    const original = await readFile(join(tmp, 'photo.png'));
    const copies = result.assets.slice(assets.length);
    expect(copies.map((c) => c.target)).toEqual([
      'assets/1a2b3c4d-photo-480w.png',
      'assets/1a2b3c4d-photo-960w.png',
    ]);
    for (const [i, copy] of copies.entries()) {
      const meta = await sharp(copy.data).metadata();
      expect(meta.format).toBe('png');
      expect(meta.width).toBe([480, 960][i]);
      expect(meta.height).toBe(Math.round(([480, 960][i]! * 900) / 1200));
      expect(copy.data!.byteLength).toBeLessThan(original.byteLength);
    }
  });

  test('Markdown images get the same copies in their HTML: srcset, sizes, width and height; an SVG is left alone', async () => {
    const result = await withResponsiveImages({ course: courseWithImages(), assets });
    const photo = blockById(result.course, 'photo');
    expect(markdownHtml(result.course)).toBe(
      '<p>Avant</p><p><img src="assets/1a2b3c4d-photo.png" alt="Une photo" ' +
        `srcset="${photo.srcset}" sizes="(max-width: 48rem) 100vw, 46rem" width="1200" height="900" /></p>` +
        '<p><img src="assets/5e6f7a8b-small.png" alt="Petite" width="400" height="300" /> et ' +
        '<img src="assets/9c0d1e2f-chart.svg" alt="Graphique" /></p>',
    );
    // The block and the text share the photo's copies: made once.
    expect(result.assets.slice(assets.length).map((c) => c.target)).toEqual([
      'assets/1a2b3c4d-photo-480w.png',
      'assets/1a2b3c4d-photo-960w.png',
    ]);
  });

  test('a Markdown image alone gets its copies; a size the author wrote is kept', async () => {
    const base = courseFixture();
    const page = base.modules[0]!.pages[0]!;
    const html =
      '<img src="assets/1a2b3c4d-photo.png" alt="A" width="300"><img src="assets/1a2b3c4d-photo.png" alt="B">';
    const course: CompiledCourse = {
      ...base,
      modules: [
        {
          ...base.modules[0]!,
          pages: [{ ...page, blocks: [{ type: 'markdown', id: 'text', html: { fr: html } }] }],
        },
      ],
    };
    const result = await withResponsiveImages({ course, assets });
    const srcset =
      'assets/1a2b3c4d-photo-480w.png 480w, assets/1a2b3c4d-photo-960w.png 960w, assets/1a2b3c4d-photo.png 1200w';
    const sizes = '(max-width: 48rem) 100vw, 46rem';
    expect(markdownHtml(result.course)).toBe(
      `<img src="assets/1a2b3c4d-photo.png" alt="A" width="300" srcset="${srcset}" sizes="${sizes}">` +
        `<img src="assets/1a2b3c4d-photo.png" alt="B" srcset="${srcset}" sizes="${sizes}" width="1200" height="900">`,
    );
    expect(result.assets).toHaveLength(assets.length + 2);
  });

  test('two builds of the same course give byte-identical zips', async () => {
    const zips: Buffer[] = [];
    for (const name of ['first', 'second']) {
      const compiled = await withResponsiveImages({ course: courseWithImages(), assets });
      const outFile = join(tmp, name, 'course-web.zip');
      await packageCourse({ compiled, target: 'web', player, outFile });
      zips.push(await readFile(outFile));
    }
    expect(zips[0]!.equals(zips[1]!)).toBe(true);
    const entries = readZip(zips[0]!);
    expect(entries.map((e) => e.name)).toContain('assets/1a2b3c4d-photo-960w.png');
    // The Markdown image's sizes (and srcset) are in the course embedded in index.html.
    const index = entries.find((e) => e.name === 'index.html')?.data.toString('utf8') ?? '';
    expect(index).toContain('(max-width: 48rem) 100vw, 46rem');
  });

  test.each(['jpeg', 'webp'] as const)(
    'a %s image gets copies in its own format, the same bytes on every build',
    async (format) => {
      const ext = format === 'jpeg' ? 'jpg' : 'webp';
      await writePhoto(join(tmp, 'photo.png'), 1000, 750);
      await sharp(join(tmp, 'photo.png'))
        .toFormat(format, { quality: 95 })
        .withExif({ IFD0: { Copyright: 'DLIS test' } }) // metadata the copies must not carry
        .toFile(join(tmp, `photo.${ext}`));
      const source: PackageAsset = {
        source: join(tmp, `photo.${ext}`),
        target: `assets/1a2b3c4d-photo.${ext}`,
      };
      const course = courseFixture({
        cover: { image: { files: { fr: { path: source.target } }, alt: { fr: 'Photo' } }, objectives: [] },
      });
      const first = await withResponsiveImages({ course, assets: [source] });
      const second = await withResponsiveImages({ course, assets: [source] });
      expect(first.course.cover?.image?.files.fr?.srcset).toBe(
        `assets/1a2b3c4d-photo-480w.${ext} 480w, assets/1a2b3c4d-photo-960w.${ext} 960w, ` +
          `assets/1a2b3c4d-photo.${ext} 1000w`,
      );
      const originalBytes = (await readFile(source.source)).byteLength;
      expect((await sharp(source.source).metadata()).exif).toBeDefined();
      for (const [i, copy] of first.assets.slice(1).entries()) {
        const meta = await sharp(copy.data).metadata();
        expect([meta.format, meta.width]).toEqual([format, [480, 960][i]]);
        expect(meta.exif).toBeUndefined();
        expect(copy.data!.byteLength).toBeLessThan(originalBytes);
        expect(copy.data!.equals(second.assets[i + 1]!.data!)).toBe(true);
      }
    },
  );

  test('an unreadable image fails the build naming the file', async () => {
    await writeFile(join(tmp, 'photo.png'), 'not a png');
    await expect(withResponsiveImages({ course: courseWithImages(), assets })).rejects.toThrow(
      /Could not read the course image .*photo\.png/,
    );
  });
});
