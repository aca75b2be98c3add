import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const PACKAGE = '@fontsource/atkinson-hyperlegible';
const SUBSETS = ['latin', 'latin-ext'] as const;
const WEIGHTS = [400, 700] as const;
const STYLES = ['normal', 'italic'] as const;

/**
 * The woff2 files of the built-in `atkinson-hyperlegible` font (npm package @fontsource/atkinson-hyperlegible):
 * latin and latin-ext subsets, weights 400 and 700, normal and italic, with each subset's unicode-range.
 * Absolute paths in node_modules.
 */
export function atkinsonHyperlegibleFiles(): {
  src: string;
  weight: number;
  style: 'normal' | 'italic';
  unicodeRange: string;
}[] {
  const require = createRequire(import.meta.url);
  const first = require.resolve(`${PACKAGE}/files/atkinson-hyperlegible-latin-400-normal.woff2`);
  const files = dirname(first);
  const ranges = JSON.parse(readFileSync(join(files, '..', 'unicode.json'), 'utf8')) as Record<
    string,
    string
  >;
  return SUBSETS.flatMap((subset) =>
    WEIGHTS.flatMap((weight) =>
      STYLES.map((style) => ({
        src: join(files, `atkinson-hyperlegible-${subset}-${weight}-${style}.woff2`),
        weight,
        style,
        unicodeRange: ranges[subset]!,
      })),
    ),
  );
}
