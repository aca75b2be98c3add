import type { Plugin } from 'vite';
import { minifyTemplates as minifySource } from './minify-templates.ts';

/** Vite plugin: minifies css`` and html`` templates of the player's own TypeScript (minify-templates.ts). */
export function minifyTemplates(): Plugin {
  return {
    name: 'dlis-minify-templates',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/packages\/player\/src\/.*\.ts$/.test(id) || !/(?:css|html)`/.test(code)) return null;
      return { code: minifySource(code), map: null };
    },
  };
}
