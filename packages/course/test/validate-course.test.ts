import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Lexer, walkTokens } from 'marked';
import { afterEach, describe, expect, test } from 'vitest';
import { loadCourse, validateCourse } from '../src/index.ts';
import {
  findMarkdownReferences,
  isExternalUrl,
  normalizeNewlines,
  referencesOfTokens,
  type MarkdownReference,
} from '../src/markdown-references.ts';
import { courseYaml, makeCourse, png, type TempCourse } from './support/course-dir.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

let course: TempCourse | undefined;
afterEach(async () => {
  await course?.remove();
  course = undefined;
});

/** What validateCourse() must give: loadCourse()'s result without the model. */
async function loadedWithoutModel(dir: string) {
  const loaded = await loadCourse(dir);
  if (!loaded.ok) return loaded;
  const { model, ...rest } = loaded;
  expect(model.id).toBeTypeOf('string');
  return rest;
}

describe('validateCourse', () => {
  test('gives the diagnostics of loadCourse for every course of the repository and the template', async () => {
    const folders = (await readdir(join(root, 'courses'), { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => join(root, 'courses', e.name));
    folders.push(join(root, 'templates', 'module'));
    expect(folders.length).toBeGreaterThan(3);
    for (const dir of folders) expect(await validateCourse(dir)).toEqual(await loadedWithoutModel(dir));
  });

  test('gives the errors and warnings of loadCourse for a course with problems in Markdown and YAML', async () => {
    course = await makeCourse({
      'course.yaml': courseYaml(
        `          - type: markdown
            file: pages/intro.md
          - type: callout
            variant: tip
            text: { fr: "Voir [x](glossary:zebre) et ![](assets/absente.png)", en: "[x](glossary:ane)" }`,
        {
          tail: `glossary:
  - { id: ane, term: { fr: Âne, en: Donkey }, definition: { fr: Un âne, en: A donkey } }
  - { id: mule, term: { fr: Mule, en: Mule }, definition: { fr: Une mule, en: A mule } }`,
        },
      ),
      'pages/intro.fr.md': 'Un [âne](glossary:ane), [une page](autre.html) et ![x](../assets/a.png).\n',
      // No bracket: nothing to check in this one, even its bare address.
      'pages/intro.en.md': 'A donkey, see https://example.org or www.example.org.\n',
      'assets/a.png': png(),
    });
    const loaded = await loadedWithoutModel(course.dir);
    expect(loaded.ok).toBe(false);
    expect(loaded.ok ? [] : loaded.diagnostics.map((d) => d.code)).toEqual([
      'COURSE_E_UNKNOWN_GLOSSARY_TERM',
      'COURSE_E_MISSING_FILE',
    ]);
    expect(await validateCourse(course.dir)).toEqual(loaded);
  });

  test('a valid course with warnings is valid, with the same warnings', async () => {
    course = await makeCourse({
      'course.yaml': courseYaml('          - type: markdown\n            file: pages/intro.md'),
      'pages/intro.fr.md': 'Voir [la page](autre.html).\n',
      'pages/intro.en.md': 'See [the page](other.html).\n',
    });
    const loaded = await loadedWithoutModel(course.dir);
    expect(loaded.ok).toBe(true);
    expect(loaded.warnings.map((w) => `${w.line}:${w.col} ${w.code}`)).toEqual([
      '1:5 COURSE_W_RELATIVE_LINK',
      '1:6 COURSE_W_RELATIVE_LINK',
    ]);
    expect(await validateCourse(course.dir)).toEqual(loaded);
  });
});

describe('findMarkdownReferences without lexing', () => {
  const plain = [
    '# Titre\n\nSee https://example.org/a_(b) and www.example.org, write to someone@example.org.',
    'Title\n=====\n\n- a *list*\n- **bold** `code`\n\n> quote\n\n| a | b |\n|---|---|\n| 1 | 2 |\n',
    'ftp://files.example.org/x and http://x.y\n\n    indented code with http://a.b\n',
  ];

  test('a text without [ or < holds no reference to check: marked finds only external links in it', () => {
    const hrefs: string[] = [];
    for (const text of plain) {
      expect(findMarkdownReferences(text)).toEqual([]);
      expect(findMarkdownReferences(text, true)).toEqual([]);
      walkTokens(Lexer.lex(text, { gfm: true }), (token) => {
        if (token.type === 'link' || token.type === 'image') hrefs.push(token.href);
        expect(token.type).not.toBe('html');
      });
    }
    expect(hrefs.length).toBeGreaterThan(3);
    for (const href of hrefs) expect(isExternalUrl(href)).toBe(true);
  });

  test('a bracket or an angle bracket makes it lex the text', () => {
    expect(findMarkdownReferences('A [link](glossary:x).')).toEqual([
      { kind: 'link', href: 'glossary:x', offset: 2 },
    ]);
    expect(findMarkdownReferences('An <img src="a.png"> here.')).toEqual([
      { kind: 'image', href: 'a.png', offset: 3 },
    ]);
    expect(findMarkdownReferences('<https://example.org>')).toEqual([
      { kind: 'link', href: 'https://example.org', offset: 0 },
    ]);
  });
});

/** The references marked's own lexer finds, every block lexed (what findMarkdownReferences did before). */
const referencesOfFullLexing = (text: string) => referencesOfTokens(text, Lexer.lex(text, { gfm: true }));

async function markdownFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.md') && !e.parentPath.includes('node_modules'))
    .map((e) => join(e.parentPath, e.name));
}

describe('findMarkdownReferences skips the blocks without [ or <', () => {
  test('and finds every reference to check that lexing every block finds, at the same place', async () => {
    const files = [
      ...(await markdownFiles(join(root, 'courses'))),
      ...(await markdownFiles(join(root, 'templates'))),
      ...(await markdownFiles(join(root, 'docs'))),
      join(root, 'README.md'),
    ];
    const texts = await Promise.all(files.map(async (f) => normalizeNewlines(await readFile(f, 'utf8'))));
    texts.push(
      '# Title with [a link](glossary:x)\n\nPlain **bold** paragraph, https://example.org.\n\n[ref]: glossary:y\n\nSee [ref] and [text][ref].',
      '- item *one*\n- item [two](link:m2)\n\n> quote <img src="a.png">\n\n| a | b |\n|---|---|\n| ![x](i.png) | www.example.org |\n',
      '*[emphasised link](../x.md)* and `[code](not-a-link)` and <https://auto.example> and <b>html</b>\n',
      'Setext with [link](a.md)\n===\n\n```\n[fenced](no)\n```\n\n    [indented](no)\n',
    );
    let checked = 0;
    for (const text of texts) {
      const full = referencesOfFullLexing(text);
      const found = findMarkdownReferences(text);
      const toCheck = (refs: MarkdownReference[]) =>
        refs.filter((r) => r.kind !== 'link' || !isExternalUrl(r.href));
      expect(toCheck(found)).toEqual(toCheck(full));
      for (const ref of found) expect(full).toContainEqual(ref);
      checked += toCheck(full).length;
    }
    expect(texts.length).toBeGreaterThan(50);
    expect(checked).toBeGreaterThan(50);
  });
});
