import type { Plugin, UserConfig } from 'vite';
import { minifyTemplates } from './minify-templates-plugin.ts';
import { PLAYER_DIR } from './player-inputs.ts';

type RolldownOptions = NonNullable<NonNullable<UserConfig['build']>['rolldownOptions']>;

/** What differs between the bundles of the player: the player scripts and the add-on scripts. */
export interface IifeBundle {
  /** Entry module, relative to packages/player. */
  entry: string;
  /** Name of the IIFE's global. */
  name: string;
  /** Output file name, with `[hash]` (the content hash). */
  fileName: string;
  outDir: string;
  /** Tree-shaking options added to the shared ones. */
  treeshake?: Exclude<RolldownOptions['treeshake'], boolean | undefined>;
  external?: RolldownOptions['external'];
  output?: RolldownOptions['output'];
  /** Plugins run before the template minifier. */
  plugins?: Plugin[];
}

/**
 * Vite config of one bundle of the player: a classic-script IIFE (runs from file://), content-hashed, styles
 * inside the JS, with the UI catalogues outside (DLIS_EXTERNAL_UI_CATALOGS: English only is built in, see
 * build/catalog-script.ts) and Lit templates minified. Conditions are explicit so that a NODE_ENV=test/development
 * shell cannot pull Lit's dev build in.
 */
export function iifeViteConfig(bundle: IifeBundle): UserConfig {
  return {
    root: PLAYER_DIR,
    base: './',
    publicDir: false,
    logLevel: 'warn',
    define: { 'import.meta.env.DLIS_EXTERNAL_UI_CATALOGS': 'true' },
    resolve: { conditions: ['production', 'browser', 'module', 'import', 'default'] },
    build: {
      target: 'es2022',
      outDir: bundle.outDir,
      emptyOutDir: false,
      sourcemap: false,
      reportCompressedSize: false,
      rolldownOptions: {
        ...(bundle.external === undefined ? {} : { external: bundle.external }),
        ...(bundle.output === undefined ? {} : { output: bundle.output }),
        // Reading a property of our own const tables has no side effect: lets unused tables go (e.g. the
        // SCORM error codes a web bundle does not use). Constants are inlined across modules (route names, limits).
        treeshake: { propertyReadSideEffects: false, ...bundle.treeshake },
        optimization: { inlineConst: true },
      },
      lib: {
        entry: bundle.entry,
        formats: ['iife'],
        name: bundle.name,
        fileName: () => bundle.fileName,
      },
    },
    plugins: [...(bundle.plugins ?? []), minifyTemplates()],
  };
}
