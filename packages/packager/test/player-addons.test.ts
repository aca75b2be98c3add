import { describe, expect, test } from 'vitest';
import type { CompiledCourse, PlayerPayload } from '@dlis/course/compiled';
import { courseAddons, courseStartAddons, playerFilesFor, type PlayerBuild } from '@dlis/packager';
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
    // Not needed by the first screen (the cover): listed for the player to load once it has painted it.
    expect(html(withQuestionnaire)).toContain(
      '<meta name="dlis-addons-later" content="addon-agility-i18n-fr.js addon-agility.js">',
    );
    expect(html(withQuestionnaire)).not.toContain('<script src="addon-agility');
    expect(html(without)).not.toContain('addon-agility');
  });

  test('the blocks and scenario add-ons ship only with the blocks they define (issue 3)', () => {
    // Questions (and question banks) bring the questions add-on (issue 16: out of the core player).
    expect(courseAddons(course([{ type: 'markdown' }, { type: 'question' }]))).toEqual([
      'questions',
      'cover',
    ]);
    // Images and callouts are defined by the blocks add-on too (kept out of the core player's budget).
    expect(courseAddons(course([{ type: 'callout' }]))).toEqual(['blocks', 'cover']);
    expect(courseAddons(course([{ type: 'image' }]))).toEqual(['blocks', 'cover']);
    expect(courseAddons(course([{ type: 'tabs' }]))).toEqual(['blocks', 'cover']);
    // The conditional add-on lends the player the conditional-content logic: a course with variables gets it.
    const variables = [
      { id: 'country', label: { fr: 'Pays' }, values: [{ id: 'fr', label: { fr: 'France' } }] },
    ];
    expect(courseAddons({ ...course([{ type: 'markdown' }]), variables })).toEqual(['conditional', 'cover']);
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
    expect(courseAddons(assessed as unknown as CompiledCourse)).toEqual([
      'blocks',
      'questions',
      'results',
      'cover',
    ]);
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

  test('only the add-ons of the first screen load with the player script; the player loads the others later', () => {
    const variables = [
      { id: 'country', label: { fr: 'Pays' }, values: [{ id: 'fr', label: { fr: 'France' } }] },
    ];
    const assessed = {
      ...course([{ type: 'callout' }, { type: 'question' }]),
      assessment: { questionIds: ['q1'] },
      variables,
    } as unknown as CompiledCourse;
    // The cover is the first screen; the conditional logic chooses the pages before any is shown.
    expect(courseStartAddons(assessed)).toEqual(['conditional', 'cover']);
    const build: PlayerBuild = {
      ...player,
      addons: {
        blocks: 'addon-blocks.js',
        questions: 'addon-questions.js',
        results: 'addon-results.js',
        conditional: 'addon-conditional.js',
        cover: 'addon-cover.js',
      },
      addonCatalogs: { results: { fr: 'addon-results-i18n-fr.js' } },
    };
    build.files = [...player.files, ...Object.values(build.addons!), 'addon-results-i18n-fr.js'].sort();
    const files = playerFilesFor(build, 'web', ['fr'], courseAddons(assessed), {
      laterAddons: ['blocks', 'questions', 'results'],
    });
    expect(files.addons).toEqual(['addon-conditional.js', 'addon-cover.js']);
    expect(files.laterAddons).toEqual([
      'addon-blocks.js',
      'addon-questions.js',
      'addon-results-i18n-fr.js',
      'addon-results.js',
    ]);
    // Every one ships.
    expect(files.files).toEqual(expect.arrayContaining([...files.addons!, ...files.laterAddons!]));
    const html = renderIndexHtml({ target: 'web', course: assessed } as PlayerPayload, build, 'fr');
    expect(html).toContain(
      '<meta name="dlis-addons-later" content="addon-blocks.js addon-questions.js addon-results-i18n-fr.js addon-results.js">',
    );
    expect(html).toMatch(
      /p-web\.js" defer><\/script>\s*<script src="addon-conditional\.js" defer><\/script>\s*<script src="addon-cover\.js" defer>/,
    );
  });
});
