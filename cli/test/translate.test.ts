import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { pseudoTranslate } from '../../packages/translate/test/pseudo-translate.ts';
import { run } from './run-cli.ts';

const COURSES = resolve(import.meta.dirname, '../../courses');

let work: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'dlis-translate-cli-'));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

/** The course JSON embedded in a built package's index.html. */
function builtCourse(zip: Buffer): { languages: string[]; modules: { pages: { id: string }[] }[] } {
  const index = unzipSync(new Uint8Array(zip))['index.html'];
  const html = new TextDecoder().decode(index);
  const json = /<script type="application\/json" id="dlis-course">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
  return (JSON.parse(json) as { course: ReturnType<typeof builtCourse> }).course;
}

/** Every `el` text of a localized value under `node` (objects with both `fr` and `el` strings). */
function greekTexts(node: unknown, out: { fr: string; el: string }[] = []): { fr: string; el: string }[] {
  if (Array.isArray(node)) node.forEach((n) => greekTexts(n, out));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.fr === 'string' && typeof o.el === 'string') out.push({ fr: o.fr, el: o.el });
    Object.values(o).forEach((v) => greekTexts(v, out));
  }
  return out;
}

/** What a learner reads: tags, code spans and entities left out. */
function readable(html: string): string {
  return html
    .replace(/<code>[\s\S]*?<\/code>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ');
}

const TEMPLATE = resolve(import.meta.dirname, '../../templates/module');

// m1: Markdown pages and questions; agility-index: the questionnaire file; the template: every block kind
// (media with captions and transcript, fill-in accepted answers, glossary, scenario…).
test.each([
  ['m1-dematerialisation-acces-aux-droits', join(COURSES, 'm1-dematerialisation-acces-aux-droits')],
  ['agility-index', join(COURSES, 'agility-index')],
  ['module-template', TEMPLATE],
])(
  'round trip %s: export → pseudo-translation → import → build: every page shows the pseudo text, nothing of the source',
  async (slug, source) => {
    const course = join(work, slug);
    await cp(source, course, { recursive: true });
    const exported = await run(['translate', 'export', slug, '--to', 'el', '--out', 'el.xlf'], work);
    expect(exported.err).toBe('');
    expect(exported.code).toBe(0);
    expect(exported.out).toMatch(/el\.xlf: \d+ segments fr → el, 0 already translated/);

    await writeFile(join(work, 'el.xlf'), pseudoTranslate(await readFile(join(work, 'el.xlf'), 'utf8')));
    const imported = await run(['translate', 'import', 'el.xlf', '--course', slug], work);
    expect(imported.err).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.out).toContain("'el' added to the course's languages. The course is valid.");
    expect(imported.out).not.toContain('not translated yet');

    const status = await run(['translate', 'status', slug], work);
    expect(status.out).toMatch(/el +100% +\d+\/\d+ segments/);

    const built = await run(
      ['build', slug, '--target', 'web', '--lang', 'el', '--out', 'out', '--demo'],
      work,
    );
    expect(built.err).toBe('');
    expect(built.code).toBe(0);
    const multi = await run(['build', slug, '--target', 'web', '--out', 'multi', '--demo'], work);
    expect(multi.code).toBe(0);
    const compiled = builtCourse(await readFile(join(work, 'multi', `${slug}-web.zip`)));
    expect(compiled.languages).toContain('el');
    for (const module of compiled.modules) {
      for (const page of module.pages) {
        const texts = greekTexts(page);
        expect(texts.length, `page ${page.id}`).toBeGreaterThan(0);
        expect(
          texts.some((t) => t.el.includes('⟦el⟧')),
          `page ${page.id}`,
        ).toBe(true);
        // the same check finds the source's words on the French side: it can fail
        expect(texts.some((t) => /[A-Za-z]{4,}/.test(readable(t.fr)))).toBe(true);
        for (const t of texts) {
          // file references and addresses (media src, captions, resource url) are kept, not translated
          if (t.el === t.fr && /^(?:https?:\/\/\S+|[\w./-]+\.\w{2,4})$/.test(t.fr)) continue;
          // Latin words of four letters or more would be source text left untranslated
          expect(readable(t.el).match(/[A-Za-z]{4,}/g), `page ${page.id}: ${t.el.slice(0, 120)}`).toBeNull();
        }
      }
    }
  },
  240_000,
);

test('dlis translate: usage and input errors are one clear line each', async () => {
  const course = join(work, 'm1');
  await cp(join(COURSES, 'm1-dematerialisation-acces-aux-droits'), course, { recursive: true });
  const noLanguage = await run(['translate', 'export', 'm1'], work);
  expect(noLanguage.code).toBe(2);
  expect(noLanguage.err).toMatch(/--to <lang>/);

  const badLanguage = await run(['translate', 'export', 'm1', '--to', 'Greek'], work);
  expect(badLanguage.code).toBe(1);
  expect(badLanguage.err).toMatch(/'Greek' is not a language tag/);

  await writeFile(
    join(work, 'broken.xlf'),
    '<?xml version="1.0"?>\n<xliff version="2.1">\n  <file>\n</xliff>\n',
  );
  const broken = await run(['translate', 'import', 'broken.xlf', '--course', 'm1'], work);
  expect(broken.code).toBe(1);
  expect(broken.err).toBe('broken.xlf:4:1: not well-formed XML: </xliff> closes <file> (opened at 3:3)\n');
});
