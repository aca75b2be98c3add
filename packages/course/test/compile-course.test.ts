import { createHash } from 'node:crypto';
import { afterEach, describe, expect, test } from 'vitest';
import { compileCourse, CourseError, loadCourse, type CourseModel } from '../src/index.ts';
import type { ChoiceQuestion } from '@dlis/course/compiled';
import { courseYaml, makeCourse, png, type TempCourse } from './support/course-dir.ts';

let course: TempCourse | undefined;
afterEach(async () => {
  await course?.remove();
  course = undefined;
});

async function load(files: Record<string, string | Uint8Array>): Promise<CourseModel> {
  course = await makeCourse(files);
  const result = await loadCourse(course.dir);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return result.model;
}

const md = (fr: string, en: string) => ({
  'course.yaml': courseYaml(`
          - type: markdown
            file: pages/intro.md`),
  'pages/intro.fr.md': fr,
  'pages/intro.en.md': en,
});

describe('Markdown to HTML', () => {
  test('scripts, event handlers, style and javascript: URLs are removed', async () => {
    const evil = [
      '# Title',
      '',
      '<script>alert(1)</script>',
      '',
      '<p style="color:red" onclick="alert(2)">styled</p>',
      '',
      '<img src="../assets/a.png" onerror="alert(3)">',
      '',
      '[click](javascript:alert(4)) <a href="JaVaScRiPt:alert(5)">too</a> <iframe src="https://evil.example"></iframe>',
      '',
    ].join('\n');
    const model = await load({ ...md(evil, '# Hello'), 'assets/a.png': png() });
    const html = compileCourse(model).course.modules[0]!.pages[0]!.blocks[0]!;
    const fr = html.type === 'markdown' ? html.html.fr! : '';
    expect(fr).not.toMatch(/script|onclick|onerror|style=|javascript|iframe|alert\(/i);
    expect(fr).toContain('<p>styled</p>');
    expect(fr).toContain('<a>click</a>');
    expect(fr).toMatch(/<img src="assets\/[0-9a-f]{8}-a\.png" \/>/);
  });

  test('headings move down one level (the page title is the h1); external links open safely', async () => {
    const model = await load(
      md(
        '# Un\n\n## Deux\n\n###### Six\n\n[web](https://example.org) [mail](mailto:a@example.org) [ici](#haut)',
        '# One',
      ),
    );
    const block = compileCourse(model).course.modules[0]!.pages[0]!.blocks[0]!;
    expect(block.type === 'markdown' && block.html.fr).toBe(
      '<h2>Un</h2>\n<h3>Deux</h3>\n<h6>Six</h6>\n<p>' +
        '<a href="https://example.org" rel="noopener noreferrer" target="_blank">web</a> ' +
        '<a href="mailto:a@example.org">mail</a> <a href="#haut">ici</a></p>',
    );
  });

  test('allowed markup survives: lists, tables, code, blockquote, abbr, span lang', async () => {
    const text = [
      '- a',
      '- *b* **c**',
      '',
      '| x | y |',
      '|---|:-:|',
      '| 1 | 2 |',
      '',
      '> quoted `code`',
      '',
      '<abbr title="Caisse d\'allocations familiales">CAF</abbr> <span lang="en" class="x">online</span>',
    ].join('\n');
    const model = await load(md(text, 'Hi'));
    const block = compileCourse(model).course.modules[0]!.pages[0]!.blocks[0]!;
    const fr = block.type === 'markdown' ? block.html.fr! : '';
    expect(fr).toContain('<ul>\n<li>a</li>\n<li><em>b</em> <strong>c</strong></li>\n</ul>');
    expect(fr).toContain('<th align="center">y</th>');
    expect(fr).toContain('<blockquote>\n<p>quoted <code>code</code></p>\n</blockquote>');
    expect(fr).toContain(
      '<abbr title="Caisse d\'allocations familiales">CAF</abbr> <span lang="en">online</span>',
    );
  });

  test('inline texts (labels, feedback, captions, prompts) compile to inline HTML', async () => {
    const model = await load({
      'course.yaml': courseYaml(`
          - type: question
            id: q1
            kind: single-choice
            prompt: { fr: "Quel *mot* ?", en: "Which **word**?" }
            choices:
              - { label: { fr: "<b onclick=x>oui</b>", en: yes }, correct: true, feedback: { fr: "Bien \`joué\`", en: ok } }
              - { label: { fr: "non", en: "no" } }
            feedback: { correct: { fr: "Bravo", en: "Well done" } }`),
    });
    const q = compileCourse(model).course.modules[0]!.pages[0]!.blocks[0] as ChoiceQuestion;
    expect(q.prompt).toEqual({ fr: 'Quel <em>mot</em> ?', en: 'Which <strong>word</strong>?' });
    expect(q.choices[0]!.label.fr).toBe('oui');
    expect(q.choices[0]!.feedback).toEqual({ fr: 'Bien <code>joué</code>', en: 'ok' });
    expect(q.feedback).toEqual({ correct: { fr: 'Bravo', en: 'Well done' } });
  });
});

describe('assets', () => {
  const files = () => ({
    'course.yaml': courseYaml(`
          - type: image
            src: assets/Photo Été.PNG
            alt: { fr: Une photo, en: A photo }
            caption: { fr: "*Légende*", en: Caption }
          - type: markdown
            file: pages/intro.md`),
    'pages/intro.fr.md': '![même image](../assets/Photo%20Été.PNG) <img src="../assets/other.gif" alt="">',
    'pages/intro.en.md': 'No image here.',
    'assets/Photo Été.PNG': png(3, 2),
    'assets/other.gif': Buffer.from('GIF89a\u0004\u0000\u0005\u0000', 'latin1'),
  });

  test('assets are hashed, renamed safely, rewritten in HTML and listed once', async () => {
    const model = await load(files());
    const { course: compiled, assets } = compileCourse(model);
    const hash = createHash('sha256').update(png(3, 2)).digest('hex').slice(0, 8);
    const [image, markdown] = compiled.modules[0]!.pages[0]!.blocks;
    expect(image).toEqual({
      type: 'image',
      id: 'p1-1',
      src: `assets/${hash}-photo-ete.png`,
      width: 3,
      height: 2,
      alt: { fr: 'Une photo', en: 'A photo' },
      caption: { fr: '<em>Légende</em>', en: 'Caption' },
    });
    expect(markdown!.type === 'markdown' && markdown!.html.fr).toMatch(
      new RegExp(
        `^<p><img src="assets/${hash}-photo-ete.png" alt="même image" /> <img src="assets/[0-9a-f]{8}-other.gif" alt="" /></p>$`,
      ),
    );
    expect(assets.map((a) => a.target)).toEqual([
      expect.stringMatching(/-other\.gif$/),
      `assets/${hash}-photo-ete.png`,
    ]);
    expect(assets.every((a) => a.source.startsWith(course!.dir))).toBe(true);
  });

  test('compiling twice gives identical JSON and asset names', async () => {
    const first = compileCourse(await load(files()));
    await course!.remove();
    const second = compileCourse(await load(files()));
    const strip = (r: typeof first) => ({ ...r, assets: r.assets.map((a) => a.target) });
    expect(JSON.stringify(strip(second))).toBe(JSON.stringify(strip(first)));
  });

  test('--lang keeps only the requested languages, and only the assets they use', async () => {
    const model = await load(files());
    const { course: en, assets } = compileCourse(model, { languages: ['en'] });
    expect(en.languages).toEqual(['en']);
    expect(en.defaultLanguage).toBe('en');
    expect(en.title).toEqual({ en: 'Demo' });
    expect(JSON.stringify(en)).not.toMatch(/"fr"/);
    expect(assets.map((a) => a.target)).toEqual([expect.stringMatching(/-photo-ete\.png$/)]);
    const both = compileCourse(model, { languages: ['en', 'fr'] }).course;
    expect([both.languages, both.defaultLanguage]).toEqual([['fr', 'en'], 'fr']);
    expect(() => compileCourse(model, { languages: ['de'] })).toThrowError(CourseError);
    expect(() => compileCourse(model, { languages: [] })).toThrowError(/at least one/);
  });
});

describe('questions and assessment', () => {
  const quiz = courseYaml(
    `
          - type: question
            id: single
            kind: single-choice
            prompt: { fr: a, en: a }
            choices:
              - { label: { fr: a, en: a } }
              - { label: { fr: b, en: b }, correct: true }
          - type: question
            id: multi
            kind: multiple-choice
            points: 3
            prompt: { fr: a, en: a }
            choices:
              - { id: right1, label: { fr: a, en: a }, correct: true }
              - { id: right2, label: { fr: a, en: a }, correct: true }
              - { id: wrong, label: { fr: a, en: a } }
              - { id: custom, label: { fr: a, en: a }, weight: -0.25 }
          - type: question
            id: tf
            kind: true-false
            prompt: { fr: a, en: a }
            answer: false
          - type: question
            id: practice
            kind: true-false
            scored: false
            prompt: { fr: a, en: a }
            answer: true`,
    { completion: 'assessment-passed' },
  );

  test('default weights, true-false choices and the assessment', async () => {
    const compiled = compileCourse(await load({ 'course.yaml': quiz })).course;
    const [single, multi, tf, practice] = compiled.modules[0]!.pages[0]!.blocks as ChoiceQuestion[];
    expect(single!.choices.map((c) => [c.id, c.correct, c.weight])).toEqual([
      ['a', false, 0],
      ['b', true, 1],
    ]);
    expect(multi!.choices.map((c) => [c.id, c.weight])).toEqual([
      ['right1', 0.5],
      ['right2', 0.5],
      ['wrong', -0.5],
      ['custom', -0.25],
    ]);
    expect(tf!.choices).toEqual([
      { id: 'true', label: { fr: 'Vrai', en: 'True' }, correct: false, weight: 0 },
      { id: 'false', label: { fr: 'Faux', en: 'False' }, correct: true, weight: 1 },
    ]);
    expect([single!.scored, single!.points, multi!.points, practice!.scored]).toEqual([true, 1, 3, false]);
    expect(compiled.assessment).toEqual({
      questionIds: ['single', 'multi', 'tf'],
      maxPoints: 5,
      banks: [],
      feedback: 'immediate',
      maxAttempts: 0,
    });
    expect([compiled.completion, compiled.masteryScore]).toEqual(['assessment-passed', 80]);
  });

  test('true-false labels exist in fr, en, el, ro, de', async () => {
    const yaml = quiz
      .replace('languages: [fr, en]', 'languages: [fr, en, el, ro, de]')
      .replace(/\{ fr: ([^,]+), en: ([^}]+?) \}/g, '{ fr: $1, en: $2, el: $1, ro: $1, de: $1 }');
    const compiled = compileCourse(await load({ 'course.yaml': yaml })).course;
    const tf = compiled.modules[0]!.pages[0]!.blocks[2] as ChoiceQuestion;
    expect(tf.choices.map((c) => c.label)).toEqual([
      { fr: 'Vrai', en: 'True', el: 'Σωστό', ro: 'Adevărat', de: 'Wahr' },
      { fr: 'Faux', en: 'False', el: 'Λάθος', ro: 'Fals', de: 'Falsch' },
    ]);
  });
});
