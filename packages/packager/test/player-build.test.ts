import { describe, expect, test } from 'vitest';
import { playerFilesFor, type PlayerBuild } from '../src/player-build.ts';

const player: PlayerBuild = {
  dir: '/tmp/player',
  scripts: { scorm12: 'p-scorm12.js', scorm2004: 'p-scorm2004.js', web: 'p-web.js' },
  catalogs: { fr: 'i18n-fr.js', de: 'i18n-de.js', en: 'i18n-en.js', 'pt-BR': 'i18n-pt-BR.js' },
  files: [
    'fonts/a.woff2',
    'i18n-de.js',
    'i18n-en.js',
    'i18n-fr.js',
    'i18n-pt-BR.js',
    'p-scorm12.js',
    'p-scorm2004.js',
    'p-web.js',
  ],
};

describe('playerFilesFor', () => {
  test("keeps the target's script, its languages' catalogues, the fallback one and the other files", () => {
    expect(playerFilesFor(player, 'scorm2004', ['fr'])).toEqual({
      script: 'p-scorm2004.js',
      catalogs: ['i18n-en.js', 'i18n-fr.js'],
      files: ['fonts/a.woff2', 'i18n-en.js', 'i18n-fr.js', 'p-scorm2004.js'],
    });
  });

  test('matches a language by its tag, else its primary subtag; a language without catalogue adds none', () => {
    expect(playerFilesFor(player, 'web', ['de-AT', 'pt-BR', 'it']).catalogs).toEqual([
      'i18n-de.js',
      'i18n-en.js',
      'i18n-pt-BR.js',
    ]);
  });

  test('a build without an English catalogue (English built in) adds no fallback file', () => {
    const { en: _en, ...catalogs } = player.catalogs;
    const files = player.files.filter((f) => f !== 'i18n-en.js');
    const picked = playerFilesFor({ ...player, catalogs, files }, 'scorm12', ['el']);
    expect(picked.catalogs).toEqual([]);
    expect(picked.files).toEqual(['fonts/a.woff2', 'p-scorm12.js']);
  });
});
