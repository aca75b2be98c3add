import { describe, expect, test } from 'vitest';
import type { CompiledCourse, PlayerPayload } from '@dlis/course/compiled';
import { courseAddons, playerFilesFor, type PlayerBuild } from '@dlis/packager';
import { renderIndexHtml } from '@dlis/packager';

const player: PlayerBuild = {
  dir: '/tmp/player',
  scripts: {
    scorm12: 'p-scorm12.js',
    scorm2004: 'p-scorm2004.js',
    cmi5: 'p-cmi5.js',
    xapi: 'p-xapi.js',
    web: 'p-web.js',
  },
  catalogs: { fr: 'i18n-fr.js' },
  addons: { agility: 'addon-agility.js' },
  addonCatalogs: { agility: { fr: 'addon-agility-i18n-fr.js', de: 'addon-agility-i18n-de.js' } },
  files: [
    'addon-agility-i18n-de.js',
    'addon-agility-i18n-fr.js',
    'addon-agility.js',
    'i18n-fr.js',
    'p-cmi5.js',
    'p-scorm12.js',
    'p-scorm2004.js',
    'p-web.js',
    'p-xapi.js',
  ],
};

const course = (blocks: { type: string }[]) =>
  ({
    id: 'c',
    title: { fr: 'Cours' },
    languages: ['fr'],
    defaultLanguage: 'fr',
    modules: [{ id: 'm', pages: [{ id: 'p', blocks }] }],
    assessment: { questionIds: [] },
  }) as unknown as CompiledCourse;

describe('player add-ons (issue 6)', () => {
  test('the agility add-on ships only with a questionnaire, after the player script and its catalogues', () => {
    const withQuestionnaire = course([{ type: 'markdown' }, { type: 'questionnaire' }]);
    const without = course([{ type: 'markdown' }]);
    expect(courseAddons(withQuestionnaire)).toEqual(['agility', 'cover']);
    // The cover add-on ships with every course (issue 16): the cover is on every course's first page.
    expect(courseAddons(without)).toEqual(['cover']);
    expect(playerFilesFor(player, 'web', ['fr'], ['agility'])).toEqual({
      script: 'p-web.js',
      catalogs: ['i18n-fr.js'],
      // The add-on's strings: the course languages' only (English is built into the add-on), before it.
      addons: ['addon-agility-i18n-fr.js', 'addon-agility.js'],
      files: ['addon-agility-i18n-fr.js', 'addon-agility.js', 'i18n-fr.js', 'p-web.js'],
    });
    expect(playerFilesFor(player, 'web', ['fr']).files).toEqual(['i18n-fr.js', 'p-web.js']);
    expect(playerFilesFor(player, 'web', ['de-AT', 'en'], ['agility']).addons).toEqual([
      'addon-agility-i18n-de.js',
      'addon-agility.js',
    ]);
    const html = (c: CompiledCourse) =>
      renderIndexHtml({ target: 'web', course: c } as PlayerPayload, player, 'fr');
    expect(html(withQuestionnaire)).toMatch(
      /p-web\.js" defer><\/script>\s*<script src="addon-agility-i18n-fr\.js" defer><\/script>\s*<script src="addon-agility\.js" defer>/,
    );
    expect(html(without)).not.toContain('addon-agility');
  });

  test('the blocks and scenario add-ons ship only with the blocks they define (issue 3)', () => {
    expect(courseAddons(course([{ type: 'markdown' }, { type: 'question' }]))).toEqual(['cover']);
    // Images and callouts are defined by the blocks add-on too (kept out of the core player's budget).
    expect(courseAddons(course([{ type: 'callout' }]))).toEqual(['blocks', 'cover']);
    expect(courseAddons(course([{ type: 'image' }]))).toEqual(['blocks', 'cover']);
    expect(courseAddons(course([{ type: 'tabs' }]))).toEqual(['blocks', 'cover']);
    // The blocks add-on lends the player the conditional-content logic: a course with variables gets it.
    const variables = [
      { id: 'country', label: { fr: 'Pays' }, values: [{ id: 'fr', label: { fr: 'France' } }] },
    ];
    expect(courseAddons({ ...course([{ type: 'markdown' }]), variables })).toEqual(['blocks', 'cover']);
    expect(courseAddons(course([{ type: 'tool-sheet' }, { type: 'scenario' }]))).toEqual([
      'blocks',
      'scenario',
      'cover',
    ]);
    expect(
      courseAddons(course([{ type: 'scenario' }, { type: 'questionnaire' }, { type: 'glossary' }])),
    ).toEqual(['agility', 'blocks', 'scenario', 'cover']);
    // The visual blocks of issue 16 (image-text, banner, flashcards) have an add-on of their own.
    expect(courseAddons(course([{ type: 'flashcards' }]))).toEqual(['visual-a', 'cover']);
    expect(courseAddons(course([{ type: 'banner' }, { type: 'image-text' }, { type: 'callout' }]))).toEqual([
      'blocks',
      'visual-a',
      'cover',
    ]);
    // Issue 16: the process and labelled-graphic blocks bring the visual-b add-on, and nothing else.
    expect(courseAddons(course([{ type: 'process' }, { type: 'labelled-graphic' }]))).toEqual([
      'visual-b',
      'cover',
    ]);
    expect(courseAddons(course([{ type: 'image' }, { type: 'scenario' }, { type: 'process' }]))).toEqual([
      'blocks',
      'scenario',
      'visual-b',
      'cover',
    ]);
    // The results page ships with courses that have an assessment (issue 16), after the block add-ons.
    const assessed = {
      ...course([{ type: 'question' }, { type: 'tabs' }]),
      assessment: { questionIds: ['q1'] },
    };
    expect(courseAddons(assessed as unknown as CompiledCourse)).toEqual(['blocks', 'results', 'cover']);
    // An add-on without catalogue scripts: its script only, after the player script.
    const withBlocks = { ...player, addons: { ...player.addons, blocks: 'addon-blocks.js' } };
    withBlocks.files = [...player.files, 'addon-blocks.js'].sort();
    expect(playerFilesFor(withBlocks, 'scorm12', ['fr'], ['blocks'])).toEqual({
      script: 'p-scorm12.js',
      catalogs: ['i18n-fr.js'],
      addons: ['addon-blocks.js'],
      files: ['addon-blocks.js', 'i18n-fr.js', 'p-scorm12.js'],
    });
    expect(playerFilesFor(withBlocks, 'scorm12', ['fr']).files).not.toContain('addon-blocks.js');
  });
});
