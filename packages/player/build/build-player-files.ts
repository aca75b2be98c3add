/**
 * The player build, run by ensurePlayerBuild() in a child process (`node --import tsx
 * build/build-player-files.ts <outDir>`, NODE_ENV=production): one Vite IIFE build per package target, one
 * catalogue script per UI language but English (built into every bundle), then `player-build.json`.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build, type Rolldown } from 'vite';
import { en } from '../src/i18n/en.ts';
import type { MessageKey, Messages } from '../src/i18n/messages.ts';
import { PLAYER_ENTRIES, playerViteConfig, type PlayerTarget } from '../vite.config.ts';
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

const catalogs: Record<string, string> = {};
// Catalogue scripts list their strings in the key order of the built-in English catalogue (global-catalogs.ts).
const keys = Object.keys(en) as MessageKey[];
const i18nDir = join(PLAYER_DIR, 'src', 'i18n');
for (const file of (await readdir(i18nDir)).sort()) {
  const lang = /^([a-z]{2}(?:-[A-Z]{2})?)\.ts$/.exec(file)?.[1];
  if (!lang || lang === BUILT_IN_LANGUAGE) continue;
  const module = (await import(join(i18nDir, file))) as Record<string, Messages>;
  const messages = module[lang];
  if (!messages) throw new Error(`src/i18n/${file} exports no const named ${lang}.`);
  const script = catalogScript(lang, messages, keys);
  await writeFile(join(outDir, script.fileName), script.code);
  catalogs[lang] = script.fileName;
}

const files = [...Object.values(scripts), ...Object.values(catalogs)].sort((a, b) =>
  a < b ? -1 : a > b ? 1 : 0,
);
const manifest: PlayerBuildManifest = { scripts, catalogs, files, inputHash: await playerInputHash() };
await writeFile(join(outDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
