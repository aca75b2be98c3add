import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ensurePlayerBuild } from '../../build/player-build.ts';
import { en as agilityEn } from '../../src/i18n/agility/en.ts';
import { fr as agilityFr } from '../../src/i18n/agility/fr.ts';

// The agility add-on (issue 6) is its own IIFE that uses the player script's Lit (lit-host.ts): no second copy
// of Lit, and the questionnaire code stays out of the player scripts.
test('the agility add-on is a separate IIFE using the Lit runtime of the player script', async () => {
  const build = await ensurePlayerBuild();
  const file = build.addons.agility ?? '';
  expect(file).toMatch(/^addon-agility-[\w-]{8}\.js$/);
  expect(build.files).toContain(file);
  const addon = await readFile(join(build.dir, file), 'utf8');
  expect(addon.startsWith('(function')).toBe(true);
  expect(addon).toContain('DLIS_LIT');
  expect(addon).toContain('dlis-questionnaire');
  // Lit's runtime registers its version on these globals: only the player script may carry it.
  expect(addon).not.toMatch(/litHtmlVersions|reactiveElementVersions|litElementVersions/);
  // Its own strings: English built in; not the player's (the page passes them).
  expect(addon).toContain(agilityEn.qStart);
  expect(addon).not.toContain('Skip to content');
  // The other languages: one catalogue script each, registering on DLIS_AGILITY_MESSAGES.
  expect(Object.keys(build.addonCatalogs.agility ?? {}).sort()).toEqual(['de', 'el', 'fr', 'ro']);
  const frAddon = await readFile(join(build.dir, build.addonCatalogs.agility?.fr ?? ''), 'utf8');
  expect(frAddon).toMatch(/^\(self\.DLIS_AGILITY_MESSAGES=/);
  expect(frAddon).toContain(JSON.stringify(agilityFr.qStart));
  // The player's catalogues and scripts carry none of the add-on's strings.
  for (const catalog of Object.values(build.catalogs)) {
    const code = await readFile(join(build.dir, catalog), 'utf8');
    expect(code).not.toContain(JSON.stringify(agilityFr.qStart));
    expect(code).not.toContain(JSON.stringify(agilityFr.qIndexNone));
  }
  for (const script of Object.values(build.scripts)) {
    const code = await readFile(join(build.dir, script), 'utf8');
    expect(code).toContain('DLIS_LIT');
    expect(code).toMatch(/litHtmlVersions/);
    expect(code).not.toContain('dlis-questionnaire"');
    expect(code).not.toContain('dlis-agility-results');
    expect(code).not.toContain('insufficient-data');
    expect(code).not.toContain(agilityEn.qIndexNone);
  }
});
