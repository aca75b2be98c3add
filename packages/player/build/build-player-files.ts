/**
 * The player build, run by ensurePlayerBuild() in a child process (`node --import tsx
 * build/build-player-files.ts <outDir>`, NODE_ENV=production): one Vite IIFE build per package target, one
 * catalogue script per UI language but English (built into every bundle), the add-ons with their own catalogue
 * scripts (same rule), then `player-build.json`.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build, type Rolldown } from 'vite';
import { en as agilityEn } from '../src/i18n/agility/en.ts';
import { en as blocksEn } from '../src/i18n/blocks/en.ts';
import { en } from '../src/i18n/en.ts';
import {
  AGILITY_MESSAGES_GLOBAL,
  BLOCKS_MESSAGES_GLOBAL,
  SCENARIO_MESSAGES_GLOBAL,
  RESULTS_MESSAGES_GLOBAL,
  VISUAL_A_MESSAGES_GLOBAL,
  VISUAL_B_MESSAGES_GLOBAL,
} from '../src/i18n/global-catalogs.ts';
import { en as scenarioEn } from '../src/i18n/scenario/en.ts';
import { en as resultsEn } from '../src/i18n/results/en.ts';
import { en as visualAEn } from '../src/i18n/visual-a/en.ts';
import { en as visualBEn } from '../src/i18n/visual-b/en.ts';
import { PLAYER_ENTRIES, playerViteConfig, type PlayerTarget } from '../vite.config.ts';
import { ADDON_ENTRIES, addonViteConfig, type PlayerAddon } from './addon-vite-config.ts';
import { catalogScript } from './catalog-script.ts';
import { MANIFEST_FILE, PLAYER_DIR, playerInputHash, type PlayerBuildManifest } from './player-inputs.ts';

/** The UI language built into every player bundle (the fallback of catalogs.ts). */
const BUILT_IN_LANGUAGE = 'en';

const outDir = process.argv[2];
if (!outDir) throw new Error('Usage: build-player-files.ts <outDir>');

const scripts = {} as Record<PlayerTarget, string>;
for (const target of Object.keys(PLAYER_ENTRIES) as PlayerTarget[]) {
  const result = await build({ ...playerViteConfig(target, outDir), configFile: false });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const entry = outputs.flatMap((o) => o.output).find((item) => item.type === 'chunk' && item.isEntry);
  if (!entry) throw new Error(`The player build for ${target} produced no entry chunk.`);
  scripts[target] = entry.fileName;
}

// Add-on scripts (one per ADDON_ENTRIES), loaded after the player script by the courses that need them.
const addons = {} as Record<PlayerAddon, string>;
for (const addon of Object.keys(ADDON_ENTRIES) as PlayerAddon[]) {
  const result = await build({ ...addonViteConfig(addon, outDir), configFile: false });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const entry = outputs.flatMap((o) => o.output).find((item) => item.type === 'chunk' && item.isEntry);
  if (!entry) throw new Error(`The ${addon} add-on build produced no entry chunk.`);
  addons[addon] = entry.fileName;
}

/**
 * One catalogue script per language of `dir` but English (built into the bundle that reads them), written into
 * `into`, listing the strings in the key order of the built-in English catalogue (global-catalogs.ts).
 */
async function catalogScripts(
  dir: string,
  builtIn: Readonly<Record<string, string>>,
  into: string,
  options: { global?: string; prefix?: string } = {},
): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const keys = Object.keys(builtIn);
  for (const file of (await readdir(dir)).sort()) {
    const lang = /^([a-z]{2}(?:-[A-Z]{2})?)\.ts$/.exec(file)?.[1];
    if (!lang || lang === BUILT_IN_LANGUAGE) continue;
    const module = (await import(join(dir, file))) as Record<string, Record<string, string>>;
    const messages = module[lang];
    if (!messages) throw new Error(`${dir}/${file} exports no const named ${lang}.`);
    const script = catalogScript(lang, messages, keys, options);
    await writeFile(join(into, script.fileName), script.code);
    out[lang] = script.fileName;
  }
  return out;
}

const i18nDir = join(PLAYER_DIR, 'src', 'i18n');
const catalogs = await catalogScripts(i18nDir, en, outDir);
// The agility add-on's strings (src/i18n/agility): per-language scripts, shipped only for the course languages.
// The same for the blocks and scenario add-ons (issue 3: i18n/blocks, i18n/scenario).
const addonCatalogs: Record<PlayerAddon, Record<string, string>> = {
  agility: await catalogScripts(join(i18nDir, 'agility'), agilityEn, outDir, {
    global: AGILITY_MESSAGES_GLOBAL,
    prefix: 'addon-agility-i18n',
  }),
  blocks: await catalogScripts(join(i18nDir, 'blocks'), blocksEn, outDir, {
    global: BLOCKS_MESSAGES_GLOBAL,
    prefix: 'addon-blocks-i18n',
  }),
  scenario: await catalogScripts(join(i18nDir, 'scenario'), scenarioEn, outDir, {
    global: SCENARIO_MESSAGES_GLOBAL,
    prefix: 'addon-scenario-i18n',
  }),
  'visual-a': await catalogScripts(join(i18nDir, 'visual-a'), visualAEn, outDir, {
    global: VISUAL_A_MESSAGES_GLOBAL,
    prefix: 'addon-visual-a-i18n',
  }),
  'visual-b': await catalogScripts(join(i18nDir, 'visual-b'), visualBEn, outDir, {
    global: VISUAL_B_MESSAGES_GLOBAL,
    prefix: 'addon-visual-b-i18n',
  }),
  // The reading and search add-ons carry their five catalogues themselves (i18n/reading).
  reading: {},
  search: {},
  // So does the cover add-on (i18n/cover).
  cover: {},
  // The question element's strings are the player's (the page passes them); the conditional logic has none.
  questions: {},
  conditional: {},
  results: await catalogScripts(join(i18nDir, 'results'), resultsEn, outDir, {
    global: RESULTS_MESSAGES_GLOBAL,
    prefix: 'addon-results-i18n',
  }),
};

const files = [
  ...Object.values(scripts),
  ...Object.values(addons),
  ...Object.values(addonCatalogs).flatMap((c) => Object.values(c)),
  ...Object.values(catalogs),
].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const manifest: PlayerBuildManifest = {
  scripts,
  addons,
  addonCatalogs,
  catalogs,
  files,
  inputHash: await playerInputHash(),
};
await writeFile(join(outDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
