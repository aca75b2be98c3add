import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { loadCourse, type Diagnostic } from '../src/index.ts';
import {
  courseYaml,
  introPages,
  makeCourse,
  markdownBlock,
  png,
  type TempCourse,
} from './support/course-dir.ts';

let course: TempCourse | undefined;
afterEach(async () => {
  await course?.remove();
  course = undefined;
});

const image = (src: string) => `
          - type: image
            src: ${src}
            decorative: true`;

/** `file:line:col code message` of each error of a course that must fail to load. */
async function errors(files: Record<string, string | Uint8Array>): Promise<string[]> {
  course ??= await makeCourse(files);
  const result = await loadCourse(course.dir);
  expect(result.ok).toBe(false);
  return result.ok
    ? []
    : result.diagnostics.map((d: Diagnostic) => `${d.file}:${d.line}:${d.col} ${d.code} ${d.message}`);
}

describe('Markdown files', () => {
  test('an empty file is reported in that file', async () => {
    expect(
      await errors({ 'course.yaml': courseYaml(markdownBlock), ...introPages, 'pages/intro.en.md': ' \n\n' }),
    ).toEqual(['course/pages/intro.en.md:1:1 COURSE_E_EMPTY_FILE this Markdown file is empty.']);
  });

  test('a NUL byte or invalid UTF-8 makes a file binary, located at the first bad byte', async () => {
    expect(
      await errors({
        'course.yaml': courseYaml(markdownBlock),
        'pages/intro.fr.md': 'Bonjour\nà tous\u0000',
        'pages/intro.en.md': Buffer.from([0x48, 0x69, 0x0a, 0x0a, 0x61, 0x62, 0xc3, 0x28]),
      }),
    ).toEqual([
      'course/pages/intro.en.md:3:3 COURSE_E_BINARY_FILE this is not a text file (invalid UTF-8 here).',
      'course/pages/intro.fr.md:2:7 COURSE_E_BINARY_FILE this is not a text file (NUL byte here).',
    ]);
  });

  test('a file above 1 MiB is refused before being read', async () => {
    expect(
      await errors({
        'course.yaml': courseYaml(markdownBlock),
        ...introPages,
        'pages/intro.fr.md': `# Long\n\n${'Lorem ipsum dolor sit amet. '.repeat(40_000)}`,
      }),
    ).toEqual([
      'course/pages/intro.fr.md:1:1 COURSE_E_FILE_TOO_LARGE this Markdown file is larger than 1 MiB.',
    ]);
  });

  test('images inside Markdown resolve against the Markdown file, located at line:col in it', async () => {
    expect(
      await errors({
        'course.yaml': courseYaml(markdownBlock),
        'pages/intro.fr.md': '# Titre\n\nVoir ![ok](../assets/a.png).\n',
        'pages/intro.en.md':
          '# Title\n\nSee ![a](assets/a.png) and\n   ![b](https://example.org/b.png)\n\n<p><img alt="" src="../../c.png"></p>\n',
        'assets/a.png': png(),
      }),
    ).toEqual([
      "course/pages/intro.en.md:3:5 COURSE_E_MISSING_FILE file 'assets/a.png' not found.",
      "course/pages/intro.en.md:4:4 COURSE_E_EXTERNAL_IMAGE image 'https://example.org/b.png' is not a file of the course.",
      "course/pages/intro.en.md:6:4 COURSE_E_PATH_ESCAPE '../../c.png' points outside the course folder.",
    ]);
  });

  test('a relative link gets a warning, not an error', async () => {
    course = await makeCourse({
      'course.yaml': courseYaml(markdownBlock),
      ...introPages,
      'pages/intro.en.md': '# Hello\n\nSee [the other page](other.md) or [the web](https://example.org).\n',
    });
    const result = await loadCourse(course.dir);
    expect(result.ok && result.warnings.map((d) => `${d.file}:${d.line}:${d.col} ${d.code}`)).toEqual([
      'course/pages/intro.en.md:3:5 COURSE_W_RELATIVE_LINK',
    ]);
  });
});

describe('assets', () => {
  test('missing file, `..` escape, absolute path', async () => {
    expect(
      await errors({
        'course.yaml': courseYaml(
          `${markdownBlock}${image('assets/missing.png')}${image('../outside.png')}${image('/etc/hostname')}`,
        ),
        ...introPages,
      }),
    ).toEqual([
      "course/course.yaml:19:18 COURSE_E_MISSING_FILE file 'assets/missing.png' not found.",
      "course/course.yaml:22:18 COURSE_E_PATH_ESCAPE '../outside.png' points outside the course folder.",
      "course/course.yaml:25:18 COURSE_E_ABSOLUTE_PATH '/etc/hostname' is an absolute path; files must be inside the course folder.",
    ]);
  });

  test('a symlink pointing out of the course folder is refused; one pointing inside is fine', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'dlis-outside-'));
    try {
      await writeFile(join(outside, 'secret.png'), png());
      course = await makeCourse({
        'course.yaml': courseYaml(
          `${markdownBlock}${image('assets/link-out.png')}${image('assets/link-in.png')}`,
        ),
        ...introPages,
        'assets/real.png': png(),
      });
      await symlink(join(outside, 'secret.png'), join(course.dir, 'assets/link-out.png'));
      await symlink(join(course.dir, 'assets/real.png'), join(course.dir, 'assets/link-in.png'));
      expect(await errors({})).toEqual([
        "course/course.yaml:19:18 COURSE_E_SYMLINK_ESCAPE 'assets/link-out.png' is a symbolic link to a file outside the course folder.",
      ]);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  test('unsupported formats and content that does not match the extension', async () => {
    expect(
      await errors({
        'course.yaml': courseYaml(
          `${markdownBlock}${image('assets/doc.pdf')}${image('assets/gif.png')}${image('assets/text.jpg')}${image('assets/bad.svg')}`,
        ),
        ...introPages,
        'assets/doc.pdf': '%PDF-1.7',
        'assets/gif.png': 'GIF89a\u0001\u0000\u0001\u0000',
        'assets/text.jpg': 'not an image',
        'assets/bad.svg': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      }),
    ).toEqual([
      "course/course.yaml:19:18 COURSE_E_IMAGE_FORMAT 'assets/doc.pdf' is not a supported image format.",
      "course/course.yaml:22:18 COURSE_E_IMAGE_FORMAT 'assets/gif.png' is a GIF image, not PNG as its name says.",
      "course/course.yaml:25:18 COURSE_E_IMAGE_FORMAT 'assets/text.jpg' is not a JPEG image (its content does not match its extension).",
      "course/course.yaml:28:18 COURSE_E_SVG_SCRIPT 'assets/bad.svg' contains scripts or event handlers.",
    ]);
  });

  test('a folder instead of a file', async () => {
    course = await makeCourse({
      'course.yaml': courseYaml(`${markdownBlock}${image('assets/dir.png')}`),
      ...introPages,
    });
    await mkdir(join(course.dir, 'assets/dir.png'), { recursive: true });
    expect(await errors({})).toEqual([
      "course/course.yaml:19:18 COURSE_E_NOT_A_FILE 'assets/dir.png' is not a file.",
    ]);
  });
});
