import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as unsafeHtml from 'lit/directives/unsafe-html.js';
import { expect, test } from 'vitest';
import { ADDON_HOST_MODULES } from '../../build/addon-vite-config.ts';
import { ensurePlayerBuild } from '../../build/player-build.ts';
import { ADDON_HOST_GLOBAL } from '../../src/addon-host.ts';
import * as blockElement from '../../src/components/block-element.ts';
import { en as blocksEn } from '../../src/i18n/blocks/en.ts';
import { fr as blocksFr } from '../../src/i18n/blocks/fr.ts';
import { en as resultsEn } from '../../src/i18n/results/en.ts';
import { en as scenarioEn } from '../../src/i18n/scenario/en.ts';
import { en as visualBEn } from '../../src/i18n/visual-b/en.ts';
import * as theme from '../../src/theme.ts';

// Issue 3 (player budget): the blocks most courses do not use are add-ons, read the player script's Lit and
// shared modules (DLIS_HOST) instead of bundling copies, and carry their own strings.
test('the host exposes exactly the modules the add-on build maps to it', () => {
  const host = (globalThis as Record<string, unknown>)[ADDON_HOST_GLOBAL] as Record<string, unknown>;
  expect(Object.keys(host).sort()).toEqual(Object.values(ADDON_HOST_MODULES).sort());
  expect(host.theme).toBe(theme);
  expect(host.blockElement).toBe(blockElement);
  expect(host.unsafeHtml).toBe(unsafeHtml);
});

test('the host lends every value the player modules import from events.ts (it lends that module in part)', async () => {
  const host = (globalThis as Record<string, unknown>)[ADDON_HOST_GLOBAL] as Record<string, object>;
  const src = fileURLToPath(new URL('../../src', import.meta.url));
  const imported = new Set<string>();
  for (const file of await readdir(src, { recursive: true })) {
    if (!file.endsWith('.ts') || file === 'index.ts') continue;
    const code = await readFile(join(src, file), 'utf8');
    for (const [, names] of code.matchAll(/^import \{([^}]*)\} from '\.\.?\/events\.ts';/gm))
      for (const name of names!.split(',').map((n) => n.trim()))
        if (name && !name.startsWith('type ')) imported.add(name);
  }
  expect([...imported].sort()).toEqual(Object.keys(host.events ?? {}).sort());
});

test('the blocks, scenario, visual-b, results and questions add-ons: IIFEs on the host, their elements out of the player scripts', async () => {
  const build = await ensurePlayerBuild();
  const read = (file: string | undefined) => readFile(join(build.dir, file ?? ''), 'utf8');
  const addons = {
    blocks: await read(build.addons.blocks),
    scenario: await read(build.addons.scenario),
    results: await read(build.addons.results),
    visualB: await read(build.addons['visual-b']),
    questions: await read(build.addons.questions),
  };
  for (const code of Object.values(addons)) {
    expect(code.startsWith('(function')).toBe(true);
    expect(code).toContain('DLIS_LIT');
    expect(code).toContain('DLIS_HOST.');
    // No second Lit runtime, no copy of the shared styles (a rule only theme.ts has).
    expect(code).not.toMatch(/litHtmlVersions|reactiveElementVersions/);
    expect(code).not.toContain('clip:rect(0 0 0 0)');
  }
  const defined = (code: string) => [...code.matchAll(/define\(`(dlis-[\w-]+)`/g)].map((m) => m[1]).sort();
  expect(defined(addons.blocks)).toEqual([
    'dlis-accordion',
    'dlis-callout',
    'dlis-checklist',
    'dlis-definition',
    'dlis-glossary',
    'dlis-image',
    'dlis-key-figures',
    'dlis-media',
    'dlis-quote',
    'dlis-resources',
    'dlis-tabs',
    'dlis-tool-sheet',
    'dlis-variable-choice',
  ]);
  expect(defined(addons.scenario)).toEqual(['dlis-scenario']);
  // Issue 16: the process and labelled-graphic blocks, in their own add-on with their own catalogues.
  expect(defined(addons.visualB)).toEqual(['dlis-labelled-graphic', 'dlis-process']);
  expect(addons.visualB).toContain(visualBEn.showAllSteps);
  expect(Object.keys(build.addonCatalogs['visual-b'] ?? {}).sort()).toEqual(['de', 'el', 'fr', 'ro']);
  expect(await read(build.addonCatalogs['visual-b']?.fr)).toMatch(/^\(self\.DLIS_VISUAL_B_MESSAGES=/);
  // Issue 16: the results page (and its submit confirmation) is loaded by courses with an assessment only.
  expect(defined(addons.results)).toEqual(['dlis-results']);
  // Issue 16 (first screen in budget): the question element, loaded once the first screen is painted.
  expect(defined(addons.questions)).toEqual(['dlis-question']);
  expect(addons.results).toContain(resultsEn.submitAnyway);
  expect(await read(build.addonCatalogs.results?.fr)).toMatch(/^\(self\.DLIS_RESULTS_MESSAGES=/);
  // English built into each add-on; the other languages as catalogue scripts on the add-on's global.
  expect(addons.blocks).toContain(blocksEn.printSheet);
  expect(addons.scenario).toContain(scenarioEn.scenarioBest);
  expect(Object.keys(build.addonCatalogs.blocks ?? {}).sort()).toEqual(['de', 'el', 'fr', 'ro']);
  expect(Object.keys(build.addonCatalogs.scenario ?? {}).sort()).toEqual(['de', 'el', 'fr', 'ro']);
  expect(await read(build.addonCatalogs.blocks?.fr)).toMatch(/^\(self\.DLIS_BLOCKS_MESSAGES=/);
  expect(await read(build.addonCatalogs.scenario?.fr)).toMatch(/^\(self\.DLIS_SCENARIO_MESSAGES=/);
  for (const script of Object.values(build.scripts)) {
    const code = await read(script);
    expect(code).toContain('DLIS_HOST');
    // The core elements only: shell, navigation, page, markdown (images and callouts: blocks add-on; questions:
    // questions add-on).
    expect(defined(code)).toEqual(['dlis-markdown', 'dlis-nav', 'dlis-page', 'dlis-player']);
    expect(code).not.toContain(resultsEn.submitAnyway);
    expect(code).not.toContain(blocksEn.printSheet);
    expect(code).not.toContain(scenarioEn.scenarioBest);
    expect(code).not.toContain(visualBEn.showAllSteps);
  }
  for (const catalog of Object.values(build.catalogs)) {
    expect(await read(catalog)).not.toContain(JSON.stringify(blocksFr.printSheet));
  }
});
