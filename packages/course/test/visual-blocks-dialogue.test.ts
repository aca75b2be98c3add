// The visual blocks of issue 16 (second part): process, labelled graphic, and the scenario's dialogue look.
import { describe, expect, test } from 'vitest';
import type { CompiledBlock } from '../src/compiled-course.ts';
import { courseYaml, png } from './support/course-dir.ts';
import { compileFiles, firstPageBlocks, loadFiles } from './support/load-files.ts';

const t = (s: string) => `{ fr: ${s}, en: ${s} }`;
const of = <T extends CompiledBlock['type']>(blocks: CompiledBlock[], type: T) =>
  blocks.find((b) => b.type === type) as Extract<CompiledBlock, { type: T }>;

describe('process', () => {
  test('steps compile to a title and sanitised HTML each, ids by position', async () => {
    const course = await compileFiles({
      'course.yaml': courseYaml(`
          - type: process
            title: ${t('Étapes')}
            steps:
              - { title: { fr: Accueillir, en: Welcome }, text: { fr: '**Écouter**', en: '**Listen**' } }
              - { id: faire, title: ${t('Faire avec')}, file: pages/faire.md }`),
      'pages/faire.fr.md': 'La personne garde la main.',
      'pages/faire.en.md': 'The person keeps control.',
    });
    const block = of(firstPageBlocks(course), 'process');
    expect(block.id).toBe('p1-1');
    expect(block.title).toEqual({ fr: 'Étapes', en: 'Étapes' });
    expect(block.steps).toEqual([
      {
        id: '1',
        title: { fr: 'Accueillir', en: 'Welcome' },
        html: { fr: '<p><strong>Écouter</strong></p>', en: '<p><strong>Listen</strong></p>' },
      },
      {
        id: 'faire',
        title: { fr: 'Faire avec', en: 'Faire avec' },
        html: { fr: '<p>La personne garde la main.</p>', en: '<p>The person keeps control.</p>' },
      },
    ]);
  });

  test('one step, a missing translation and a duplicate step id are located', async () => {
    const { lines } = await loadFiles({
      'course.yaml': courseYaml(`
          - type: process
            steps:
              - { id: a, title: { fr: Un }, text: ${t('x')} }
          - type: process
            steps:
              - { id: a, title: ${t('Un')}, text: ${t('x')} }
              - { id: a, title: ${t('Deux')}, text: ${t('y')} }`),
    });
    expect(lines).toEqual([
      'course/course.yaml:18:15: modules[0].pages[0].blocks[0].steps: must list at least 2 items.',
      "course/course.yaml:18:26: modules[0].pages[0].blocks[0].steps[0].title: missing 'en' translation.",
      "course/course.yaml:22:23: modules[0].pages[0].blocks[1].steps[1].id: step id 'a' is already used at line 21; step ids must be unique in this list.",
    ]);
  });
});

describe('labelled graphic', () => {
  const graphic = (markers: string) => `
          - type: labelled-graphic
            title: ${t('Repères')}
            src: assets/page.png
            alt: { fr: Une page de site, en: A web page }
            markers:
${markers.replace(/^\n/, '')}`;

  test('markers keep their coordinates; labels are text, descriptions HTML; the image ships', async () => {
    const course = await compileFiles({
      'course.yaml': courseYaml(
        graphic(`
              - { x: 10, y: 5.5, label: { fr: Adresse, en: Address }, text: { fr: '*Lire*', en: '*Read*' } }
              - { id: prix, x: 100, y: 0, label: ${t('Prix')} }`),
      ),
      'assets/page.png': png(40, 30),
    });
    const block = of(firstPageBlocks(course), 'labelled-graphic');
    expect(block.src).toMatch(/^assets\/[0-9a-f]{8}-page\.png$/);
    expect([block.width, block.height]).toEqual([40, 30]);
    expect(block.alt).toEqual({ fr: 'Une page de site', en: 'A web page' });
    expect(block.markers).toEqual([
      {
        id: '1',
        x: 10,
        y: 5.5,
        label: { fr: 'Adresse', en: 'Address' },
        html: { fr: '<p><em>Lire</em></p>', en: '<p><em>Read</em></p>' },
      },
      { id: 'prix', x: 100, y: 0, label: { fr: 'Prix', en: 'Prix' } },
    ]);
  });

  test('coordinates outside 0–100, a missing alt and a missing image are located errors', async () => {
    const { lines } = await loadFiles({
      'course.yaml': courseYaml(`
          - type: labelled-graphic
            src: assets/none.png
            markers:
              - { x: 101, y: 50, label: ${t('A')} }
              - { x: 20, y: -3, label: ${t('B')} }`),
    });
    expect(lines).toEqual([
      "course/course.yaml:16:13: modules[0].pages[0].blocks[0]: missing required key 'alt'.",
      "course/course.yaml:17:18: modules[0].pages[0].blocks[0].src: file 'assets/none.png' not found.",
      'course/course.yaml:19:22: modules[0].pages[0].blocks[0].markers[0].x: must be <= 100.',
      'course/course.yaml:20:29: modules[0].pages[0].blocks[0].markers[1].y: must be >= 0.',
    ]);
  });

  test('markers that would cover each other get a located warning', async () => {
    const { ok, warnings } = await loadFiles({
      'course.yaml': courseYaml(
        graphic(`
              - { x: 10, y: 10, label: ${t('A')} }
              - { x: 50, y: 10, label: ${t('B')} }
              - { x: 12, y: 13, label: ${t('C')} }`),
      ),
      'assets/page.png': png(),
    });
    expect(ok).toBe(true);
    expect(warnings.map((w) => [w.code, `${w.line}:${w.col}`, w.message])).toEqual([
      ['COURSE_W_MARKERS_OVERLAP', '23:17', 'marker 3 (x 12, y 13) would cover marker 1 (x 10, y 10).'],
    ]);
  });
});

describe('scenario dialogue', () => {
  const scenario = (characters: string, speaker: string) => `
          - type: scenario
            id: cas
            title: ${t('Cas')}
            start: s1
            scored: false
${characters.replace(/^\n/, '')}
            situations:
              - id: s1
                speaker: ${speaker}
                text: ${t('Bonjour')}
                choices: [{ label: ${t('Répondre')}, next: fin }]
            endings:
              - { id: fin, tone: positive, text: ${t('Fin')} }`;

  test('characters compile with their avatar in the package; situations keep their speaker', async () => {
    const course = await compileFiles({
      'course.yaml': courseYaml(
        scenario(
          `
            characters:
              - { id: martin, name: { fr: M. Martin, en: Mr Martin }, avatar: assets/martin.png, alt: ${t('Un homme souriant')} }
              - { id: moi, name: ${t('Conseillère')}, avatar: assets/martin.png, decorative: true }
              - { id: voix, name: ${t('Voix')} }`,
          'martin',
        ),
      ),
      'assets/martin.png': png(),
    });
    const block = of(firstPageBlocks(course), 'scenario');
    const avatar = expect.stringMatching(/^assets\/[0-9a-f]{8}-martin\.png$/);
    expect(block.characters).toEqual([
      {
        id: 'martin',
        name: { fr: 'M. Martin', en: 'Mr Martin' },
        avatar,
        alt: { fr: 'Un homme souriant', en: 'Un homme souriant' },
      },
      { id: 'moi', name: { fr: 'Conseillère', en: 'Conseillère' }, avatar, alt: null },
      { id: 'voix', name: { fr: 'Voix', en: 'Voix' } },
    ]);
    expect(block.situations[0]!.speaker).toBe('martin');
  });

  test('an existing scenario without characters compiles as before (no characters, no speaker)', async () => {
    const course = await compileFiles({
      'course.yaml': courseYaml(
        scenario('', 'x')
          .replace(/^\s+speaker: x\n/m, '')
          .replace(/^\n\n/m, '\n'),
      ),
    });
    const block = of(firstPageBlocks(course), 'scenario');
    expect('characters' in block).toBe(false);
    expect('speaker' in block.situations[0]!).toBe(false);
  });

  test('an unknown speaker (with a suggestion) and an avatar without alt are located errors', async () => {
    const { lines, errors } = await loadFiles({
      'course.yaml': courseYaml(
        scenario(
          `
            characters:
              - { id: martin, name: ${t('M. Martin')}, avatar: assets/martin.png }`,
          'martine',
        ),
      ),
      'assets/martin.png': png(),
    });
    expect(lines).toEqual([
      'course/course.yaml:22:17: modules[0].pages[0].blocks[0].characters[0]: an avatar needs an `alt` text in each language, or `decorative: true`.',
      "course/course.yaml:25:26: modules[0].pages[0].blocks[0].situations[0].speaker: 'martine' is not the id of a character of this scenario. Did you mean 'martin'?",
    ]);
    expect(errors.map((e) => e.code)).toEqual(['COURSE_E_ALT_REQUIRED', 'COURSE_E_SCENARIO_UNKNOWN_SPEAKER']);
  });
});
