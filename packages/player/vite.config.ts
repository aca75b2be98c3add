import { defineConfig } from 'vite';
import { playerBuildManifest } from './build/manifest-plugin.ts';

// The player bundle: one classic-script IIFE (runs from file://), content-hashed, styles inside the JS.
// Conditions are explicit so that a NODE_ENV=test/development shell cannot pull Lit's dev build in.
export default defineConfig({
  base: './',
  publicDir: false,
  resolve: { conditions: ['production', 'browser', 'module', 'import', 'default'] },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    reportCompressedSize: false,
    lib: { entry: 'src/main.ts', formats: ['iife'], name: 'DlisPlayer', fileName: () => 'player-[hash].js' },
  },
  plugins: [playerBuildManifest()],
});
