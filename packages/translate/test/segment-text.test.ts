import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { collectCourseTexts } from '../src/course-texts.ts';
import { inlinePlainText, inlineToMarkdown, parseInline } from '../src/inline-codes.ts';
import { joinParts, segmentText } from '../src/segment-text.ts';

const COURSES = resolve(import.meta.dirname, '../../../courses');

test('a Markdown page splits into headings, paragraphs, list items, quoted lines and table cells', () => {
  const page = [
    '# Un titre',
    '',
    'Un paragraphe qui continue',
    'sur deux lignes.',
    '',
    '- premier point',
    '- second point, avec un [lien](https://example.org "titre")',
    '  1. point imbriqué',
    '',
    '> Une citation.',
    '',
    '```',
    'du code, pas traduit',
    '```',
    '',
    '| Pays | Part |',
    '| --- | ---: |',
    '| France | 12 % |',
    '',
  ].join('\n');
  const parts = segmentText(page);
  expect(joinParts(parts)).toBe(page);
  expect(parts.filter((p) => p.kind === 'segment').map((p) => p.text)).toEqual([
    'Un titre',
    'Un paragraphe qui continue\nsur deux lignes.',
    'premier point',
    'second point, avec un [lien](https://example.org "titre")',
    'point imbriqué',
    'Une citation.',
    'Pays',
    'Part',
    'France',
    '12 %',
  ]);
});

test('inline markup becomes codes around the text, and comes back unchanged', () => {
  const text =
    'Lisez **le guide** de la [CNIL](https://www.cnil.fr/), puis tapez `dlis validate` <abbr title="x">RGPD</abbr> et *respirez*.';
  const nodes = parseInline(text);
  expect(inlineToMarkdown(nodes)).toBe(text);
  expect(inlinePlainText(nodes)).toBe('Lisez le guide de la CNIL, puis tapez  RGPD et respirez.');
  expect(nodes.filter((n) => n.kind !== 'text').map((n) => n.kind)).toEqual([
    'pc',
    'pc',
    'ph',
    'ph',
    'ph',
    'pc',
  ]);
  // snake_case and a lone star are text, not emphasis
  expect(parseInline('table isoc_sk_dskl_i21 et 5 * 3')).toEqual([
    { kind: 'text', text: 'table isoc_sk_dskl_i21 et 5 * 3' },
  ]);
});

test('every text of every DLIS course comes back byte for byte from its segments', async () => {
  for (const slug of await readdir(COURSES)) {
    if (slug === 'LICENSE') continue;
    const texts = await collectCourseTexts(join(COURSES, slug));
    expect(texts.units.length).toBeGreaterThan(50);
    for (const unit of texts.units) {
      expect(joinParts(unit.parts)).toBe(unit.source);
      for (const p of unit.parts) {
        if (p.kind === 'segment') expect(inlineToMarkdown(parseInline(p.text))).toBe(p.text);
      }
    }
    const markdownFiles = texts.units.filter((u) => u.place.kind === 'markdown');
    for (const u of markdownFiles) {
      expect(u.source).toBe(await readFile(join(texts.dir, u.original.replace(/\.md$/, '.fr.md')), 'utf8'));
    }
  }
});
