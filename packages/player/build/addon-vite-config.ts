import { join } from 'node:path';
import type { Plugin, UserConfig } from 'vite';
import { ADDON_HOST_GLOBAL, LIT_GLOBAL } from '../src/host-globals.ts';
import { iifeViteConfig } from './iife-vite-config.ts';
import { PLAYER_DIR } from './player-inputs.ts';

/**
 * The add-on scripts of the player: loaded after the player script, only by the courses that need them (which
 * blocks need which add-on: packager `courseAddons`).
 */
export const ADDON_ENTRIES = {
  /** The digital agility questionnaire and results (courses with a `questionnaire` block). */
  agility: 'src/addon-agility.ts',
  /** Media, accordion, tabs, key figures, quote, resources, glossary, checklist and tool-sheet blocks. */
  blocks: 'src/addon-blocks.ts',
  /** The branching scenario block. */
  scenario: 'src/addon-scenario.ts',
  /** Image and text side by side, banner and flashcards blocks (issue 16, visual blocks). */
  'visual-a': 'src/addon-visual-a.ts',
  /** The process (timeline) and labelled graphic (hotspots) blocks. */
  'visual-b': 'src/addon-visual-b.ts',
  /** The reading tools (search and print buttons) of reading courses, not assessed (`isReadingCourse`). */
  reading: 'src/addon-reading.ts',
  /**
   * Search across the pages of a reading course: shipped with reading courses but run only when a reader opens
   * the search (packager `courseLazyAddons`, player logic/lazy-addon.ts).
   */
  search: 'src/addon-search.ts',
  /** The assessment results page and its submit confirmation (courses with an assessment). */
  results: 'src/addon-results.ts',
  /** The cover at the top of the first page (every course). */
  cover: 'src/addon-cover.ts',
  /** The conditional-content logic (courses with variables). */
  conditional: 'src/addon-conditional.ts',
  /** The question element, every question kind (courses with a question or a question bank). */
  questions: 'src/addon-questions.ts',
} as const;

export type PlayerAddon = keyof typeof ADDON_ENTRIES;

/**
 * The player modules add-ons read from the player script instead of bundling them: module (a package
 * specifier, or a path relative to packages/player) → its key on `globalThis.DLIS_HOST`. Must match the
 * object src/addon-host.ts sets.
 */
export const ADDON_HOST_MODULES: Readonly<Record<string, string>> = {
  'lit/directives/unsafe-html.js': 'unsafeHtml',
  'src/components/block-element.ts': 'blockElement',
  'src/events.ts': 'events',
  'src/i18n/en.ts': 'en',
  'src/i18n/messages.ts': 'messages',
  'src/logic/normalize-answer.ts': 'normalizeAnswer',
  'src/logic/prng.ts': 'prng',
  'src/logic/scenario-run.ts': 'scenarioRun',
  'src/logic/score-question.ts': 'scoreQuestion',
  'src/theme.ts': 'theme',
};

const HOST_ID_PREFIX = 'dlis-host:';

/** Vite plugin: imports of ADDON_HOST_MODULES become externals read from `DLIS_HOST.<key>`. */
function addonHost(): Plugin {
  const byPath = new Map(
    Object.entries(ADDON_HOST_MODULES).map(([module, key]) => [
      module.startsWith('src/') ? join(PLAYER_DIR, module) : module,
      key,
    ]),
  );
  return {
    name: 'dlis-addon-host',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const direct = byPath.get(source);
      if (direct) return { id: `${HOST_ID_PREFIX}${direct}`, external: true };
      if (!source.startsWith('.')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const key = resolved && byPath.get(resolved.id);
      return key ? { id: `${HOST_ID_PREFIX}${key}`, external: true } : null;
    },
  };
}

/**
 * Vite config of an add-on: a classic-script IIFE (`addon-<name>-<hash>.js`) like the player bundles, with
 * `lit` and the shared player modules (ADDON_HOST_MODULES) external and read from the globals the player script
 * sets (src/lit-host.ts, src/addon-host.ts), so each ships once. UI strings come from the player (the page
 * passes `messages`) or from the add-on's own catalogue scripts (agility).
 */
export function addonViteConfig(addon: PlayerAddon, outDir: string): UserConfig {
  const hostKeys = Object.values(ADDON_HOST_MODULES);
  return iifeViteConfig({
    entry: ADDON_ENTRIES[addon],
    name: `DlisAddon_${addon.replace(/-/g, '_')}`,
    fileName: `addon-${addon}-[hash].js`,
    outDir,
    external: ['lit'],
    output: {
      globals: {
        lit: LIT_GLOBAL,
        ...Object.fromEntries(
          hostKeys.map((key) => [`${HOST_ID_PREFIX}${key}`, `${ADDON_HOST_GLOBAL}.${key}`]),
        ),
      },
    },
    plugins: [addonHost()],
  });
}
