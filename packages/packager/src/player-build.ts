import type { LanguageTag, PackageTarget } from '@dlis/course/compiled';

/**
 * The prebuilt player, as `ensurePlayerBuild()` of `@dlis/player/build` describes it. Declared here
 * structurally so the packager can be used (and tested) with any build directory.
 */
export interface PlayerBuild {
  /** Absolute directory holding the build. */
  dir: string;
  /** The player script of each target, relative to `dir` and to index.html (e.g. `player-web-ab12cd34.js`). */
  scripts: Record<PackageTarget, string>;
  /**
   * The UI catalogue script of each language that has one, relative to `dir` (e.g. `i18n-fr-ab12cd34.js`);
   * a language without one (English in the real build) is built into the player scripts.
   */
  catalogs: Record<LanguageTag, string>;
  /** The player stylesheet, relative to `dir`, when the build has one. */
  stylesheet?: string;
  /**
   * Every file of the build, relative to `dir`, POSIX separators. A package gets its target's script, the
   * catalogues of its languages (playerFilesFor) and every other file (stylesheet, fonts).
   */
  files: string[];
}

/** The language whose catalogue a package always gets, when the build has one: the player's fallback. */
export const FALLBACK_UI_LANGUAGE = 'en';

/** The player files of one package: its script, its catalogue scripts (in load order) and all it ships. */
export interface PackagePlayerFiles {
  script: string;
  catalogs: string[];
  files: string[];
}

/**
 * The player files a package for `target` and `languages` needs: the target's script, the catalogue of each
 * language (same tag, else its primary subtag, as the player picks them) plus the fallback language's, and
 * every build file that is neither a script nor a catalogue.
 */
export function playerFilesFor(
  player: PlayerBuild,
  target: PackageTarget,
  languages: readonly LanguageTag[],
): PackagePlayerFiles {
  const catalogs = new Set<string>();
  for (const lang of [...languages, FALLBACK_UI_LANGUAGE]) {
    const primary = lang.toLowerCase().split('-')[0] ?? '';
    const file = player.catalogs[lang] ?? player.catalogs[primary];
    if (file) catalogs.add(file);
  }
  const script = player.scripts[target];
  const exclude = new Set([...Object.values(player.scripts), ...Object.values(player.catalogs)]);
  const files = player.files.filter((f) => !exclude.has(f) || f === script || catalogs.has(f));
  return { script, catalogs: [...catalogs].sort(), files };
}
