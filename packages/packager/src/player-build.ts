import {
  compiledBlockKind,
  compiledBlockKinds,
  isReadingCourse,
  PLAYER_ADDONS,
  type BlockType,
  type CompiledCourse,
  type LanguageTag,
  type PackageTarget,
} from '@dlis/course/compiled';
import { PACKAGE_ERROR_CODES, PackageError } from './errors.ts';

/**
 * The prebuilt player, as `ensurePlayerBuild()` of `@dlis/player/build` describes it. Declared here
 * structurally so the packager can be used (and tested) with any build directory.
 */
export interface PlayerBuild {
  /** Absolute directory holding the build. */
  dir: string;
  /**
   * The player script of each target, relative to `dir` and to index.html (e.g. `player-web-ab12cd34.js`), and
   * `<target>-xapi` for scorm12, scorm2004 and web packages that also report to an LRS (hybrid xAPI).
   */
  scripts: Record<PackageTarget, string> & Partial<Record<HybridScriptKey, string>>;
  /**
   * The UI catalogue script of each language that has one, relative to `dir` (e.g. `i18n-fr-ab12cd34.js`);
   * a language without one (English in the real build) is built into the player scripts.
   */
  catalogs: Record<LanguageTag, string>;
  /**
   * Add-on scripts by name, relative to `dir` (`addon-agility-<hash>.js`): loaded after the player script, and
   * shipped only in packages whose course needs them (courseAddons). Absent in builds without add-ons.
   */
  addons?: Record<string, string>;
  /**
   * The UI catalogue scripts of each add-on, by add-on name then language, relative to `dir`
   * (`addon-agility-i18n-fr-<hash>.js`; English is built into the add-on). Shipped with their add-on, for the
   * course languages only, like `catalogs`.
   */
  addonCatalogs?: Record<string, Record<LanguageTag, string>>;
  /** The player stylesheet, relative to `dir`, when the build has one. */
  stylesheet?: string;
  /**
   * Every file of the build, relative to `dir`, POSIX separators. A package gets its target's script, the
   * catalogues of its languages (playerFilesFor) and every other file (stylesheet, fonts).
   */
  files: string[];
}

/** Targets whose packages report to an LRS only when asked (hybrid); cmi5 and xapi always do. */
export type HybridTarget = 'scorm12' | 'scorm2004' | 'web';
/** Key of the hybrid player script of a target. */
export type HybridScriptKey = `${HybridTarget}-xapi`;

/** The language whose catalogue a package always gets, when the build has one: the player's fallback. */
export const FALLBACK_UI_LANGUAGE = 'en';

/** The player files of one package: its script, its catalogue scripts (in load order) and all it ships. */
export interface PackagePlayerFiles {
  script: string;
  catalogs: string[];
  /**
   * Add-on scripts, loaded after `script` (issue 6: the agility add-on for courses with a questionnaire), each
   * preceded by its catalogue scripts for the course languages: in load order.
   */
  addons?: string[];
  /**
   * Add-on scripts of `options.laterAddons`, each preceded by its catalogue scripts, in load order: shipped,
   * loaded by the player once its first page is painted (index.html lists them in a `<meta>`).
   */
  laterAddons?: string[];
  /**
   * Add-ons shipped but not loaded at start, by name (the search add-on of reading courses): index.html names
   * each in a `<meta name="dlis-addon-<name>">` and the player runs it when first used.
   */
  lazyAddons?: Record<string, string>;
  files: string[];
}

/**
 * The block types whose elements each player add-on script defines (the player's build/addon-vite-config.ts
 * ADDON_ENTRIES), read from the block kinds (`addon` of kinds/<type>/<type>-compiled.ts): the core player
 * script renders markdown and question blocks only (images and callouts: the blocks add-on).
 */
export const ADDON_BLOCK_TYPES: Readonly<Record<string, readonly BlockType[]>> = Object.fromEntries(
  PLAYER_ADDONS.map((addon) => [
    addon,
    (Object.keys(compiledBlockKinds) as BlockType[]).filter(
      (type) => compiledBlockKind(type).addon === addon,
    ),
  ]),
);

/**
 * The add-ons a course needs, in ADDON_BLOCK_TYPES order: those defining one of its block types (issue 6:
 * `agility` for a questionnaire; issue 3: `blocks` and `scenario`; `questions`), then `conditional` when it has
 * variables, `results` when it has an assessment, `reading` for a reading course, and `cover` (every course). Other courses do not ship them, so
 * that code stays out of their packages.
 */
export function courseAddons(course: CompiledCourse): string[] {
  const types = new Set<string>(
    course.modules.flatMap((m) => m.pages.flatMap((p) => p.blocks.map((b) => b.type))),
  );
  // It also defines the definition popover of glossary links in texts (issue 16): any course with a glossary.
  if (course.glossary?.length) types.add('glossary');
  const addons = Object.entries(ADDON_BLOCK_TYPES)
    .filter(([, blockTypes]) => blockTypes.some((t) => types.has(t)))
    .map(([name]) => name);
  // The conditional-content logic of courses with variables: which pages and blocks the learner sees.
  if (course.variables?.length) addons.push('conditional');
  // The results page (and its submit confirmation) ships with courses that have an assessment (issue 16).
  if (course.assessment.questionIds.length > 0) addons.push('results');
  // Reading courses (read, not assessed: the Guide-outil) get the reading tools: search, print this page.
  if (isReadingCourse(course)) addons.push('reading');
  // Every course has a first page, and its cover (issue 16) comes with the cover add-on.
  addons.push('cover');
  return addons;
}

/**
 * The add-ons of courseAddons() that the first screen needs, loaded with the player script: `cover` (the first
 * screen of every course is the cover at the top of its first page), `reading` (its bar is at the top of every
 * page) and `conditional` (the player chooses the pages to show with it before showing any). The others (the
 * questions, the results page, the blocks below the cover) are loaded by the player once its first page is
 * painted (index.html lists them: render-index-html.ts), so that a learner's first screen waits for the core
 * player and the cover only; their elements upgrade when they arrive.
 */
export function courseStartAddons(course: CompiledCourse): string[] {
  const start = new Set(['cover', 'reading', 'conditional']);
  return courseAddons(course).filter((name) => start.has(name));
}

/**
 * The add-ons a course ships without loading them at start: `search` for reading courses (`isReadingCourse`:
 * read, not assessed, like the Guide-outil), run by the player the first time a reader opens the search.
 */
export function courseLazyAddons(course: CompiledCourse): string[] {
  return isReadingCourse(course) ? ['search'] : [];
}

/**
 * The player files a package for `target` and `languages` needs: the target's script, the catalogue of each
 * language (same tag, else its primary subtag, as the player picks them) plus the fallback language's, and
 * every build file that is neither a script nor a catalogue. With `options.xapi` (the payload has `xapi`),
 * scorm12, scorm2004 and web packages get the hybrid script `<target>-xapi` instead of the target's (cmi5 and
 * xapi scripts always report over xAPI). Throws a PackageError `PACKAGE_E_INPUT` when the build has none.
 */
export function playerFilesFor(
  player: PlayerBuild,
  target: PackageTarget,
  languages: readonly LanguageTag[],
  addons: readonly string[] = [],
  options: { xapi?: boolean; lazyAddons?: readonly string[]; laterAddons?: readonly string[] } = {},
): PackagePlayerFiles {
  const catalogsOf = (table: Readonly<Record<LanguageTag, string>>) => {
    const found = new Set<string>();
    for (const lang of [...languages, FALLBACK_UI_LANGUAGE]) {
      const primary = lang.toLowerCase().split('-')[0] ?? '';
      const file = table[lang] ?? table[primary];
      if (file) found.add(file);
    }
    return [...found].sort();
  };
  const catalogs = new Set(catalogsOf(player.catalogs));
  const script = scriptFor(player, target, options.xapi === true);
  // Add-on scripts (issue 6) are shipped only when asked for (courseAddons), after the catalogue scripts of
  // their strings in the course languages (the add-on reads them when it runs).
  const filesOf = (names: readonly string[]) =>
    names.flatMap((name) => {
      const file = player.addons?.[name];
      return file ? [...catalogsOf(player.addonCatalogs?.[name] ?? {}), file] : [];
    });
  const later = new Set(options.laterAddons ?? []);
  const startFiles = filesOf(addons.filter((name) => !later.has(name)));
  const laterFiles = filesOf(addons.filter((name) => later.has(name)));
  const addonFiles = [...startFiles, ...laterFiles];
  const lazyAddons = Object.fromEntries(
    (options.lazyAddons ?? []).flatMap((name) => {
      const file = player.addons?.[name];
      return file ? [[name, file] as const] : [];
    }),
  );
  const lazyFiles = new Set(Object.values(lazyAddons));
  const exclude = new Set([
    ...Object.values(player.scripts),
    ...Object.values(player.catalogs),
    ...Object.values(player.addons ?? {}),
    ...Object.values(player.addonCatalogs ?? {}).flatMap((c) => Object.values(c)),
  ]);
  const files = player.files.filter(
    (f) => !exclude.has(f) || f === script || catalogs.has(f) || addonFiles.includes(f) || lazyFiles.has(f),
  );
  return {
    script,
    catalogs: [...catalogs].sort(),
    ...(startFiles.length ? { addons: startFiles } : {}),
    ...(laterFiles.length ? { laterAddons: laterFiles } : {}),
    ...(lazyFiles.size ? { lazyAddons } : {}),
    files,
  };
}

function scriptFor(player: PlayerBuild, target: PackageTarget, xapi: boolean): string {
  if (!xapi || target === 'cmi5' || target === 'xapi') return player.scripts[target];
  const hybrid = player.scripts[`${target}-xapi`];
  if (hybrid === undefined) {
    throw new PackageError(
      PACKAGE_ERROR_CODES.input,
      `The player build has no "${target}-xapi" script, which a ${target} package that reports to an LRS needs. ` +
        'The package was not written.',
      { hint: 'Rebuild the player (`npm run build -w @dlis/player`), then package again.' },
    );
  }
  return hybrid;
}
