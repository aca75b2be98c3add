import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { MANIFEST_FILE, playerInputHash, type PlayerBuildManifest } from './player-inputs.ts';

/** Writes dist/player-build.json (script, stylesheet, files, inputHash) once the bundle is on disk. */
export function playerBuildManifest(): Plugin {
  return {
    name: 'dlis-player-build-manifest',
    apply: 'build',
    async writeBundle(options, bundle) {
      const dir = options.dir ?? 'dist';
      const files = Object.keys(bundle).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      const script = Object.values(bundle).find((item) => item.type === 'chunk' && item.isEntry)?.fileName;
      if (!script) throw new Error('The player build produced no entry chunk.');
      const stylesheet = files.find((f) => f.endsWith('.css'));
      const manifest: PlayerBuildManifest = {
        script,
        ...(stylesheet ? { stylesheet } : {}),
        files,
        inputHash: await playerInputHash(),
      };
      await writeFile(join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    },
  };
}
