/**
 * The prebuilt player, as `ensurePlayerBuild()` of `@dlis/player/build` describes it. Declared here
 * structurally so the packager can be used (and tested) with any build directory.
 */
export interface PlayerBuild {
  /** Absolute directory holding the build. */
  dir: string;
  /** The player script, relative to `dir` and to index.html (e.g. `player-ab12cd34.js`). */
  script: string;
  /** The player stylesheet, relative to `dir`, when the build has one. */
  stylesheet?: string;
  /** Every file of the build, relative to `dir`, POSIX separators; all of them go into each package. */
  files: string[];
}
