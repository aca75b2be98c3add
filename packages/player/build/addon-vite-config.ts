import type { UserConfig } from 'vite';
import { LIT_GLOBAL } from '../src/lit-host.ts';
import { minifyTemplates } from './minify-templates-plugin.ts';
import { PLAYER_DIR } from './player-inputs.ts';

/** The add-on scripts of the player: loaded after the player script, only by the courses that need them. */
export const ADDON_ENTRIES = {
  /** The digital agility questionnaire and results (courses with a `questionnaire` block). */
  agility: 'src/addon-agility.ts',
} as const;

export type PlayerAddon = keyof typeof ADDON_ENTRIES;

/**
 * Vite config of an add-on: a classic-script IIFE (`addon-<name>-<hash>.js`) like the player bundles, with
 * `lit` external and read from the global the player script sets (src/lit-host.ts), so Lit ships once. UI
 * strings come from the player (the page passes `messages`): no catalogue is bundled.
 */
export function addonViteConfig(addon: PlayerAddon, outDir: string): UserConfig {
  return {
    root: PLAYER_DIR,
    base: './',
    publicDir: false,
    logLevel: 'warn',
    define: { 'import.meta.env.DLIS_EXTERNAL_UI_CATALOGS': 'true' },
    resolve: { conditions: ['production', 'browser', 'module', 'import', 'default'] },
    build: {
      target: 'es2022',
      outDir,
      emptyOutDir: false,
      sourcemap: false,
      reportCompressedSize: false,
      rolldownOptions: {
        external: ['lit'],
        output: { globals: { lit: LIT_GLOBAL } },
        treeshake: { propertyReadSideEffects: false },
        optimization: { inlineConst: true },
      },
      lib: {
        entry: ADDON_ENTRIES[addon],
        formats: ['iife'],
        name: `DlisAddon_${addon}`,
        fileName: () => `addon-${addon}-[hash].js`,
      },
    },
    plugins: [minifyTemplates()],
  };
}
