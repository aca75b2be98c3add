import { defineConfig, type UserConfig } from 'vite';
import { iifeViteConfig } from './build/iife-vite-config.ts';

/**
 * The player scripts, each with its entry (an IIFE holding only the adapters it can use): one per package
 * target, plus `<target>-xapi` for scorm12, scorm2004 and web packages that also report to an LRS (hybrid), so
 * that packages without xAPI do not carry it (docs/tracking.md, "Player scripts").
 */
export const PLAYER_ENTRIES = {
  scorm12: 'src/main-scorm12.ts',
  scorm2004: 'src/main-scorm2004.ts',
  web: 'src/main-web.ts',
  cmi5: 'src/main-cmi5.ts',
  xapi: 'src/main-xapi.ts',
  'scorm12-xapi': 'src/main-scorm12-xapi.ts',
  'scorm2004-xapi': 'src/main-scorm2004-xapi.ts',
  'web-xapi': 'src/main-web-xapi.ts',
} as const;

/** Key of a player script: a package target, or `<target>-xapi` (hybrid). */
export type PlayerTarget = keyof typeof PLAYER_ENTRIES;

/**
 * Vite config of one player bundle (`player-<target>-<hash>.js`, see build/iife-vite-config.ts). The tracking
 * runtime and the xAPI profile are pure modules (tables and functions): an import that is not used (e.g. the
 * profile document next to the builders) goes.
 */
export function playerViteConfig(target: PlayerTarget, outDir = 'dist'): UserConfig {
  return iifeViteConfig({
    entry: PLAYER_ENTRIES[target],
    name: 'DlisPlayer',
    fileName: `player-${target}-[hash].js`,
    outDir,
    treeshake: {
      moduleSideEffects: (id: string) => !/[\\/]packages[\\/](xapi-profile|tracking)[\\/]src[\\/]/.test(id),
    },
  });
}

// `vite build` on its own builds the web bundle; packages use build/build-player-files.ts, which builds every
// target and the catalogue scripts. The dev server (`vite`, preview) serves sources: every UI catalogue.
export default defineConfig(({ command }) =>
  command === 'serve' ? { ...playerViteConfig('web'), define: {} } : playerViteConfig('web'),
);
