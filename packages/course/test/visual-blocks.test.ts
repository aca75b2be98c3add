// The visual blocks of issue 16 (image-text, banner, flashcards): compiled shape, defaults, located errors.
import { describe, expect, test } from 'vitest';
import type { CompiledBlock } from '../src/compiled-course.ts';
import { courseYaml, png } from './support/course-dir.ts';
import { compileFiles, firstPageBlocks, loadFiles } from './support/load-files.ts';

const t = (s: string) => `{ fr: ${s}, en: ${s} }`;
const path = (p: string) => p.replace('modules[0].pages[0].', '');
const of = <T extends CompiledBlock['type']>(blocks: CompiledBlock[], type: T) =>
  blocks.filter((b) => b.type === type) as Extract<CompiledBlock, { type: T }>[];

describe('visual blocks', () => {
  test('image-text, banner and flashcards compile with their defaults', async () => {
    const course = await compileFiles({
      'course.yaml': courseYaml(`
          - type: image-text
            src: assets/photo.png
            alt: { fr: Un guichet, en: A desk }
            text: ${t("'**Accueil** au guichet'")}
          - type: image-text
            src: assets/photo.png
            decorative: true
            position: right
            file: pages/side.md
          - type: banner
            src: assets/photo.png
            alt: { fr: Une rue, en: A street }
            title: { fr: Bienvenue, en: Welcome }
            subtitle: { fr: Module 1, en: Module 1 }
          - type: banner
            src: assets/photo.png
            decorative: true
            titlePlacement: below
          - type: flashcards
            title: { fr: Mots clés, en: Key words }
            cards:
              - { front: ${t('FranceConnect')}, back: { fr: 'Un *identifiant* unique', en: 'One *login*' } }
              - { id: ants, front: ${t('ANTS')}, back: ${t('Titres')} }`),
      'assets/photo.png': png(4, 3),
      'pages/side.fr.md': 'Texte',
      'pages/side.en.md': 'Text',
    });
    const blocks = firstPageBlocks(course);
    const [first, second] = of(blocks, 'image-text');
    expect(first).toEqual({
      type: 'image-text',
      id: 'p1-1',
      src: expect.stringMatching(/^assets\/[0-9a-f]{8}-photo\.png$/),
      width: 4,
      height: 3,
      alt: { fr: 'Un guichet', en: 'A desk' },
      position: 'left',
      html: {
        fr: '<p><strong>Accueil</strong> au guichet</p>',
        en: '<p><strong>Accueil</strong> au guichet</p>',
      },
    });
    expect([second!.alt, second!.position, second!.html.en]).toEqual([null, 'right', '<p>Text</p>']);
    const [banner, plain] = of(blocks, 'banner');
    expect(banner).toMatchObject({
      alt: { fr: 'Une rue', en: 'A street' },
      title: { fr: 'Bienvenue', en: 'Welcome' },
      subtitle: { en: 'Module 1' },
      titlePlacement: 'overlay',
    });
    expect(plain).toMatchObject({ alt: null, titlePlacement: 'below' });
    expect(plain).not.toHaveProperty('title');
    expect(of(blocks, 'flashcards')[0]).toEqual({
      type: 'flashcards',
      id: 'p1-5',
      title: { fr: 'Mots clés', en: 'Key words' },
      cards: [
        {
          id: '1',
          front: { fr: 'FranceConnect', en: 'FranceConnect' },
          back: { fr: 'Un <em>identifiant</em> unique', en: 'One <em>login</em>' },
        },
        { id: 'ants', front: { fr: 'ANTS', en: 'ANTS' }, back: { fr: 'Titres', en: 'Titres' } },
      ],
    });
  });

  test('errors are located: alt, body, translations, card ids, keys the schema does not know', async () => {
    const { lines, errors } = await loadFiles({
      'course.yaml': courseYaml(`
          - type: image-text
            src: assets/photo.png
            text: ${t('Texte')}
            file: pages/x.md
          - type: banner
            src: assets/missing.png
            title: { fr: Titre }
            decorative: true
          - type: flashcards
            cards:
              - { id: a, front: ${t('Un')}, back: { fr: Deux } }
              - { id: a, front: ${t('Trois')}, back: ${t('Quatre')} }
          - type: flashcards
            cards:
              - { front: ${t('Un')} }
          - type: image-text
            src: assets/photo.png
            alt: ${t('Photo')}
            position: center
            text: ${t('Texte')}`),
      'assets/photo.png': png(),
      'pages/x.fr.md': 'x',
      'pages/x.en.md': 'x',
    });
    expect(errors.map((d) => [d.code, path(d.path)])).toEqual([
      ['COURSE_E_ALT_REQUIRED', 'blocks[0]'],
      ['COURSE_E_BODY_SOURCE', 'blocks[0]'],
      ['COURSE_E_MISSING_FILE', 'blocks[1].src'],
      ['COURSE_E_MISSING_TRANSLATION', 'blocks[1].title'],
      ['COURSE_E_MISSING_TRANSLATION', 'blocks[2].cards[0].back'],
      ['COURSE_E_DUPLICATE_ID', 'blocks[2].cards[1].id'],
      ['COURSE_E_MISSING_KEY', 'blocks[3].cards[0]'],
      ['COURSE_E_INVALID_VALUE', 'blocks[4].position'],
    ]);
    expect(lines[0]).toBe(
      'course/course.yaml:16:13: modules[0].pages[0].blocks[0]: an image-text block needs an `alt` text in each language, or `decorative: true`.',
    );
  });
});
