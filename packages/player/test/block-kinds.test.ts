// The block kinds' pointers to the player (kinds/<type>/<type>-compiled.ts: element, addon) name real elements,
// defined by the script the packager ships with them.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { compiledBlockKinds, PLAYER_ADDONS, type BlockType } from '@dlis/course/compiled';
import { ADDON_ENTRIES } from '../build/addon-vite-config.ts';

const playerDir = fileURLToPath(new URL('..', import.meta.url));
const source = (file: string) => readFileSync(file, 'utf8');

/** Every module reached from `entry` by relative static imports. */
function importClosure(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    for (const [, spec] of source(file).matchAll(/^import\s+(?:[^'"]*from\s+)?'(\.[^']+)'/gm))
      visit(resolve(dirname(file), spec!));
  };
  visit(entry);
  return seen;
}

const kinds = Object.entries(compiledBlockKinds) as [BlockType, (typeof compiledBlockKinds)[BlockType]][];

test('the add-ons the kinds name are player build add-on entries; the others are chosen per course', () => {
  const entries = Object.keys(ADDON_ENTRIES);
  expect(entries).toEqual(expect.arrayContaining([...PLAYER_ADDONS]));
  // Add-ons of no block kind: the packager ships them by what the course is (courseAddons, courseLazyAddons):
  // results for an assessment, reading and search for a reading course, the cover for every course, the
  // conditional-content logic for a course with variables.
  expect(entries.filter((name) => !(PLAYER_ADDONS as readonly string[]).includes(name)).sort()).toEqual([
    'conditional',
    'cover',
    'reading',
    'results',
    'search',
  ]);
});

describe.each(kinds)('block kind %s', (type, kind) => {
  const file = join(playerDir, 'src', 'components', `${kind.element}.ts`);

  test(`its element ${kind.element} is a component of the player`, () => {
    expect(existsSync(file), file).toBe(true);
    expect(source(file)).toContain(`customElements.define('${kind.element}'`);
  });

  test('its element is defined by the script that the kind names', () => {
    const entry =
      kind.addon === 'core' ? 'src/main.ts' : ADDON_ENTRIES[kind.addon as keyof typeof ADDON_ENTRIES];
    expect(importClosure(join(playerDir, entry)), `${type}: ${entry}`).toContain(file);
  });
});
