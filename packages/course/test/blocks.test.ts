import { describe, expect, test } from 'vitest';
import { compileCourse } from '../src/index.ts';
import type { CompiledBlock } from '@dlis/course/compiled';
import { courseYaml, png } from './support/course-dir.ts';
import { compileFiles, firstPageBlocks, loadFiles } from './support/load-files.ts';

const t = (s: string) => `{ fr: ${s}, en: ${s} }`;
const path = (p: string) => p.replace('modules[0].pages[0].', '');
const of = <T extends CompiledBlock['type']>(blocks: CompiledBlock[], type: T) =>
  blocks.find((b) => b.type === type) as Extract<CompiledBlock, { type: T }>;

/** Tiny files with the right first bytes for each format. */
const wav = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WAVEfmt '), Buffer.alloc(32)]);
const mp3 = Buffer.concat([Buffer.from('ID3'), Buffer.alloc(40)]);
const mp4 = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom'), Buffer.alloc(40)]);
const webm = Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3]), Buffer.alloc(40)]);
const vtt = (text: string) => `WEBVTT\n\n00:00.000 --> 00:01.000\n${text}\n`;

describe('media', () => {
  const media = (lines: string) => `          - type: media\n${lines.replace(/^\n/, '')}`;

  test('audio with one file per language and a transcript file; video with captions and a poster', async () => {
    const course = await compileFiles({
      'course.yaml': courseYaml(
        media(`
            kind: audio
            title: ${t('Son')}
            src: { fr: assets/a.fr.mp3, en: assets/a.en.wav }
            transcript: pages/t.md
          - type: media
            kind: video
            title: ${t('Film')}
            src: assets/film.mp4
            captions: { fr: assets/film.fr.vtt, en: assets/film.en.vtt }
            poster: assets/poster.png
            transcript: ${t('Texte')}`),
      ),
      'assets/a.fr.mp3': mp3,
      'assets/a.en.wav': wav,
      'assets/film.mp4': mp4,
      'assets/film.fr.vtt': vtt('Bonjour'),
      'assets/film.en.vtt': `\uFEFF${vtt('Hello')}`,
      'assets/poster.png': png(),
      'pages/t.fr.md': 'Bonjour',
      'pages/t.en.md': 'Hello',
    });
    const [audio, video] = firstPageBlocks(course) as Extract<CompiledBlock, { type: 'media' }>[];
    expect(audio!.src.fr).toEqual({
      path: expect.stringMatching(/^assets\/[0-9a-f]{8}-a-fr\.mp3$/),
      mimeType: 'audio/mpeg',
      bytes: 43,
    });
    expect(audio!.src.en!.mimeType).toBe('audio/wav');
    expect(audio!.transcript).toEqual({ fr: '<p>Bonjour</p>', en: '<p>Hello</p>' });
    expect(audio!.captions).toEqual([]);
    expect(video!.src.fr).toEqual(video!.src.en);
    expect(video!.src.fr!.mimeType).toBe('video/mp4');
    expect(video!.captions.map((c) => [c.lang, c.label, /^assets\/.*\.vtt$/.test(c.path)])).toEqual([
      ['fr', 'Français', true],
      ['en', 'English', true],
    ]);
    expect(video!.poster).toMatch(/^assets\/[0-9a-f]{8}-poster\.png$/);
  });

  test('video without captions in every language; formats checked by extension and first bytes', async () => {
    const { lines, errors } = await loadFiles({
      'course.yaml': courseYaml(
        media(`
            kind: video
            title: ${t('Film')}
            src: assets/film.webm
            captions: { fr: assets/film.fr.srt }
            transcript: ${t('Texte')}
          - type: media
            kind: audio
            title: ${t('Son')}
            src: assets/son.ogg
            transcript: ${t('Texte')}
          - type: media
            kind: audio
            title: ${t('Son')}
            src: assets/son.flac
            captions: { fr: assets/bad.vtt, en: assets/bad.vtt }
            transcript: ${t('Texte')}`),
      ),
      'assets/film.webm': webm,
      'assets/film.fr.srt': '1\n00:00:00,000 --> 00:00:01,000\nBonjour\n',
      'assets/son.ogg': mp3,
      'assets/son.flac': Buffer.from('fLaC0000'),
      'assets/bad.vtt': 'WEBVTTX\n',
    });
    expect(errors.map((d) => [d.code, path(d.path)])).toEqual([
      ['COURSE_E_CAPTIONS_REQUIRED', 'blocks[0].captions'],
      ['COURSE_E_CAPTIONS_FORMAT', 'blocks[0].captions.fr'],
      ['COURSE_E_MEDIA_FORMAT', 'blocks[1].src'],
      ['COURSE_E_MEDIA_FORMAT', 'blocks[2].src'],
      ['COURSE_E_CAPTIONS_FORMAT', 'blocks[2].captions.fr'],
      ['COURSE_E_CAPTIONS_FORMAT', 'blocks[2].captions.en'],
    ]);
    expect(lines[0]).toBe(
      'course/course.yaml:20:13: modules[0].pages[0].blocks[0].captions: a video needs captions in every course language; missing: en.',
    );
    expect(lines[2]).toMatch(/'assets\/son\.ogg' is a MP3 file, not OGG as its name says\.$/);
  });

  test('a transcript is required', async () => {
    const { errors } = await loadFiles({
      'course.yaml': courseYaml(
        media(`            kind: audio\n            title: ${t('Son')}\n            src: assets/a.mp3`),
      ),
      'assets/a.mp3': mp3,
    });
    expect(errors.map((d) => [d.code, d.message])).toEqual([
      ['COURSE_E_MISSING_KEY', "missing required key 'transcript'."],
    ]);
  });
});

describe('content blocks', () => {
  test('accordion, tabs, key figures, quote, checklist, tool sheet compile with default ids', async () => {
    const course = await compileFiles({
      'course.yaml': courseYaml(`
          - type: accordion
            items:
              - { title: ${t('Un')}, text: ${t("'*a*'")} }
              - { id: two, title: ${t('Deux')}, file: pages/two.md }
          - type: tabs
            label: ${t('Lieux')}
            tabs:
              - { title: ${t('Ici')}, text: ${t('ici')} }
              - { title: ${t('Là')}, text: ${t('là')} }
          - type: key-figures
            figures:
              - { value: { fr: '17 %', en: '17%' }, label: ${t('illectronisme')}, source: ${t('Insee')} }
          - type: quote
            kind: testimony
            text: ${t('Je fais seule.')}
            author: ${t('Nadia')}
          - type: quote
            text: ${t('Citation')}
          - type: checklist
            items: [{ text: ${t("'**un**'")} }, { id: z, text: ${t('deux')} }]
          - type: tool-sheet
            title: ${t('Fiche')}
            file: pages/sheet.md`),
      'pages/two.fr.md': '# Deux',
      'pages/two.en.md': '# Two',
      'pages/sheet.fr.md': '## Étape',
      'pages/sheet.en.md': '## Step',
    });
    const blocks = firstPageBlocks(course);
    expect(of(blocks, 'accordion').items).toEqual([
      { id: '1', title: { fr: 'Un', en: 'Un' }, html: { fr: '<p><em>a</em></p>', en: '<p><em>a</em></p>' } },
      { id: 'two', title: { fr: 'Deux', en: 'Deux' }, html: { fr: '<h2>Deux</h2>', en: '<h2>Two</h2>' } },
    ]);
    expect(of(blocks, 'tabs').tabs.map((x) => x.id)).toEqual(['1', '2']);
    expect(of(blocks, 'key-figures').figures[0]).toEqual({
      id: '1',
      value: { fr: '17 %', en: '17%' },
      label: { fr: 'illectronisme', en: 'illectronisme' },
      source: { fr: 'Insee', en: 'Insee' },
    });
    const quotes = blocks.filter((b) => b.type === 'quote');
    expect(quotes.map((q) => q.type === 'quote' && [q.kind, q.author?.fr])).toEqual([
      ['testimony', 'Nadia'],
      ['quote', undefined],
    ]);
    expect(of(blocks, 'checklist').items).toEqual([
      { id: 'a', html: { fr: '<strong>un</strong>', en: '<strong>un</strong>' } },
      { id: 'z', html: { fr: 'deux', en: 'deux' } },
    ]);
    expect(of(blocks, 'tool-sheet').html).toEqual({ fr: '<h3>Étape</h3>', en: '<h3>Step</h3>' });
  });

  test('resources: downloads with measured bytes and format, links http(s) only, exactly one of file/url', async () => {
    const course = await compileFiles({
      'course.yaml': courseYaml(`
          - type: resources
            items:
              - { title: ${t('Guide')}, file: { fr: assets/guide.fr.pdf, en: assets/guide.en.docx } }
              - { title: ${t('Site')}, url: 'https://example.org/', description: ${t('officiel')} }`),
      'assets/guide.fr.pdf': '%PDF-1.4 bonjour',
      'assets/guide.en.docx': 'PK hello',
    });
    const items = of(firstPageBlocks(course), 'resources').items;
    expect(items[0]).toMatchObject({
      kind: 'download',
      file: { fr: { bytes: 16, format: 'PDF' }, en: { bytes: 8, format: 'DOCX' } },
    });
    expect(items[1]).toEqual({
      kind: 'link',
      id: '2',
      title: { fr: 'Site', en: 'Site' },
      description: { fr: 'officiel', en: 'officiel' },
      url: { fr: 'https://example.org/', en: 'https://example.org/' },
    });
    const { errors } = await loadFiles({
      'course.yaml': courseYaml(`
          - type: resources
            items:
              - { title: ${t('Site')}, url: 'javascript:alert(1)' }
              - { title: ${t('Rien')} }
              - { title: ${t('Deux')}, url: 'https://example.org/', file: ../outside.pdf }`),
    });
    expect(errors.map((d) => [d.code, path(d.path)])).toEqual([
      ['COURSE_E_INVALID_VALUE', 'blocks[0].items[0].url'],
      ['COURSE_E_RESOURCE_SOURCE', 'blocks[0].items[1]'],
      ['COURSE_E_RESOURCE_SOURCE', 'blocks[0].items[2]'],
      ['COURSE_E_PATH_ESCAPE', 'blocks[0].items[2].file'],
    ]);
  });

  test('a body needs exactly one of file and text; items need unique ids', async () => {
    const { errors } = await loadFiles({
      'course.yaml': courseYaml(`
          - type: tool-sheet
            title: ${t('Fiche')}
          - type: accordion
            items:
              - { id: x, title: ${t('a')}, text: ${t('a')} }
              - { id: x, title: ${t('b')}, text: ${t('b')} }`),
    });
    expect(errors.map((d) => [d.code, path(d.path)])).toEqual([
      ['COURSE_E_BODY_SOURCE', 'blocks[0]'],
      ['COURSE_E_DUPLICATE_ID', 'blocks[1].items[1].id'],
    ]);
  });
});

describe('glossary', () => {
  const glossary = `glossary:
  - { id: zebra, term: { fr: Zèbre, en: Zebra }, definition: { fr: Un *animal*, en: An *animal* } }
  - { id: ane, term: { fr: Âne, en: Donkey }, definition: { fr: "Voir [zèbre](glossary:zebra)", en: "See [zebra](glossary:zebra)" } }
  - { id: unused, term: { fr: Rien, en: Nothing }, definition: ${t('rien')} }`;

  test('links become glossary anchors, the glossary is sorted by term, unlinked terms warn', async () => {
    const loaded = await loadFiles({
      'course.yaml': courseYaml(
        `          - type: markdown\n            file: pages/intro.md\n          - type: glossary`,
        { tail: glossary },
      ),
      'pages/intro.fr.md': 'Un [âne](glossary:ane) et un [zèbre](glossary:zebra "titre").',
      'pages/intro.en.md': 'A [donkey](glossary:ane).',
    });
    expect(loaded.lines).toEqual([]);
    expect(loaded.warnings.map((d) => [d.code, d.path, d.line])).toEqual([
      ['COURSE_W_UNUSED_GLOSSARY_TERM', 'glossary[2].id', 22],
    ]);
    const course = compileCourse(loaded.model!).course;
    expect(course.glossary.map((g) => g.id)).toEqual(['ane', 'unused', 'zebra']);
    expect(course.glossary[2]!.definition).toEqual({ fr: 'Un <em>animal</em>', en: 'An <em>animal</em>' });
    expect(course.glossary[0]!.definition.fr).toBe(
      'Voir <a href="#glossary-zebra" data-glossary="zebra">zèbre</a>',
    );
    const html = of(firstPageBlocks(course), 'markdown').html;
    expect(html.fr).toBe(
      '<p>Un <a href="#glossary-ane" data-glossary="ane">âne</a> et un <a href="#glossary-zebra" data-glossary="zebra" title="titre">zèbre</a>.</p>',
    );
    expect(of(firstPageBlocks(course), 'glossary')).toEqual({ type: 'glossary', id: 'p1-2' });
  });

  test('an unknown term is a located error in the Markdown file and in course.yaml texts', async () => {
    const { lines, errors } = await loadFiles({
      'course.yaml': courseYaml(
        `          - type: markdown\n            file: pages/intro.md\n          - type: callout\n            variant: tip\n            text: { fr: "[x](glossary:zebre)", en: "[x](glossary:zebra)" }`,
        { tail: glossary },
      ),
      'pages/intro.fr.md': 'Un [âne](glossary:ane).\n\nEt un [cheval](glossary:horse).',
      'pages/intro.en.md': 'A [donkey](glossary:ane).',
    });
    expect(lines).toEqual([
      "course/course.yaml:20:25: modules[0].pages[0].blocks[1].text.fr: 'zebre' is not a term of the course glossary. Did you mean 'zebra'?",
      "course/pages/intro.fr.md:3:7: modules[0].pages[0].blocks[0]: 'horse' is not a term of the course glossary.",
    ]);
    expect(new Set(errors.map((d) => d.code))).toEqual(new Set(['COURSE_E_UNKNOWN_GLOSSARY_TERM']));
  });

  test('the sanitiser keeps data-glossary only on a matching glossary link', async () => {
    const course = await compileFiles({
      'course.yaml': courseYaml(`          - type: markdown\n            file: pages/intro.md`),
      'pages/intro.fr.md':
        '<a href="https://x.org" data-glossary="x">a</a> <a href="#glossary-y" data-glossary="z">b</a> <a href="#glossary-ok" data-glossary="ok" onclick="x()">c</a>',
      'pages/intro.en.md': 'x',
    });
    expect(of(firstPageBlocks(course), 'markdown').html.fr).toBe(
      '<p><a href="https://x.org" rel="noopener noreferrer" target="_blank">a</a> <a href="#glossary-y">b</a> <a href="#glossary-ok" data-glossary="ok">c</a></p>',
    );
  });
});
