import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { deflateSync } from 'node:zlib';

/** A temporary folder holding a generated course; `name` is how diagnostics show it (outside the cwd). */
export interface TempCourse {
  dir: string;
  name: string;
  remove(): Promise<void>;
}

export async function makeCourse(files: Record<string, string | Uint8Array>): Promise<TempCourse> {
  const root = await mkdtemp(join(tmpdir(), 'dlis-course-'));
  const dir = join(root, 'course');
  await mkdir(dir);
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return { dir, name: basename(dir), remove: () => rm(root, { recursive: true, force: true }) };
}

/**
 * course.yaml of a small valid course whose only page has `blocks` (indented by 10 spaces) as its blocks:
 * the first block line is line 16. `tail`: top-level keys written after the modules (glossary, theme...).
 */
export function courseYaml(
  blocks: string,
  head: { completion?: string; languages?: string; tail?: string } = {},
): string {
  return [
    'id: demo',
    "version: '1.0'",
    'title: { fr: Démo, en: Demo }',
    'description: { fr: Un cours, en: A course }',
    `languages: ${head.languages ?? '[fr, en]'}`,
    'defaultLanguage: fr',
    'licence: CC-BY-4.0',
    `completion: ${head.completion ?? 'all-pages-viewed'}`,
    'modules:',
    '  - id: m1',
    '    title: { fr: Module, en: Module }',
    '    pages:',
    '      - id: p1',
    '        title: { fr: Page, en: Page }',
    '        blocks:',
    blocks.replace(/^\n/, '').replace(/\s+$/, ''),
    ...(head.tail ? [head.tail.replace(/^\n/, '').replace(/\s+$/, '')] : []),
    '',
  ].join('\n');
}

/** The Markdown files of `file: pages/intro.md` in both languages. */
export const introPages = {
  'pages/intro.fr.md': '# Bonjour\n\nTexte.\n',
  'pages/intro.en.md': '# Hello\n\nText.\n',
};

export const markdownBlock = `
          - type: markdown
            file: pages/intro.md`;

/** A valid PNG of w×h pixels (grey), made here so that tests need no binary fixture. */
export function png(w = 2, h = 2): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    td.copy(out, 4);
    out.writeUInt32BE(crc(td), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  ihdr[9] = 0;
  const raw = Buffer.alloc((w + 1) * h, 0x80);
  for (let y = 0; y < h; y++) raw[y * (w + 1)] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
