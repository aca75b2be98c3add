import { describe, expect, test } from 'vitest';
import { playerFilesFor, type PlayerBuild } from '@dlis/packager';

const player: PlayerBuild = {
  dir: '/tmp/player',
  scripts: {
    scorm12: 'p-scorm12.js',
    scorm2004: 'p-scorm2004.js',
    cmi5: 'p-cmi5.js',
    xapi: 'p-xapi.js',
    web: 'p-web.js',
  },
  catalogs: { fr: 'i18n-fr.js', de: 'i18n-de.js', en: 'i18n-en.js', 'pt-BR': 'i18n-pt-BR.js' },
  files: [
    'fonts/a.woff2',
    'i18n-de.js',
    'i18n-en.js',
    'i18n-fr.js',
    'i18n-pt-BR.js',
    'p-cmi5.js',
    'p-scorm12.js',
    'p-scorm2004.js',
    'p-web.js',
    'p-xapi.js',
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

describe('playerFilesFor with xAPI reporting (hybrid)', () => {
  const hybrid: PlayerBuild = {
    ...player,
    scripts: { ...player.scripts, 'scorm12-xapi': 'p-scorm12-xapi.js', 'web-xapi': 'p-web-xapi.js' },
    files: [...player.files, 'p-scorm12-xapi.js', 'p-web-xapi.js'].sort(),
  };

  test('gives scorm12/web packages with xapi their hybrid script, and only it', () => {
    const picked = playerFilesFor(hybrid, 'scorm12', ['en'], [], { xapi: true });
    expect(picked.script).toBe('p-scorm12-xapi.js');
    expect(picked.files).toEqual(['fonts/a.woff2', 'i18n-en.js', 'p-scorm12-xapi.js']);
    expect(playerFilesFor(hybrid, 'scorm12', ['en']).script).toBe('p-scorm12.js');
  });

  test('cmi5 and xapi packages keep their own script (they always report over xAPI)', () => {
    expect(playerFilesFor(hybrid, 'cmi5', ['en'], [], { xapi: true }).script).toBe('p-cmi5.js');
    expect(playerFilesFor(hybrid, 'xapi', ['en'], [], { xapi: true }).script).toBe('p-xapi.js');
  });

  test('refuses a build without the hybrid script (PACKAGE_E_INPUT) rather than drop the reporting', () => {
    expect(() => playerFilesFor(hybrid, 'scorm2004', ['en'], [], { xapi: true })).toThrow(
      expect.objectContaining({ code: 'PACKAGE_E_INPUT' }),
    );
  });
});
