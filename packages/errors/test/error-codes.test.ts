import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
/** A code as the sources spell it: in quotes or backticks, `<AREA>_E_<NAME>` or `<AREA>_W_<NAME>`. */
const CODE = /['"`]([A-Z][A-Z0-9]*_[EW]_[A-Z0-9_]+)['"`]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

function codesOfTheSources(): Set<string> {
  const dirs = [
    ...readdirSync(join(root, 'packages')).map((name) => join(root, 'packages', name, 'src')),
    join(root, 'cli/src'),
  ];
  const codes = new Set<string>();
  for (const dir of dirs) {
    let files: string[];
    try {
      files = sourceFiles(dir);
    } catch {
      continue; // a package without src/
    }
    for (const file of files) for (const m of readFileSync(file, 'utf8').matchAll(CODE)) codes.add(m[1]!);
  }
  return codes;
}

describe('docs/errors.md', () => {
  const documented = new Set(
    [...readFileSync(join(root, 'docs/errors.md'), 'utf8').matchAll(/^\| `([A-Z0-9_]+)`/gm)].map(
      (m) => m[1]!,
    ),
  );
  const codes = codesOfTheSources();

  it('finds the codes of every package in the sources', () => {
    for (const area of [
      'COURSE_E_',
      'COURSE_W_',
      'PACKAGE_E_',
      'LRS_E_',
      'ANALYTICS_E_',
      'AGILITY_E_',
      'XAPI_E_',
    ])
      expect(
        [...codes].some((code) => code.startsWith(area)),
        area,
      ).toBe(true);
  });

  it('documents every error code defined in the sources', () => {
    expect([...codes].filter((code) => !documented.has(code)).sort()).toEqual([]);
  });

  it('documents no code that the sources no longer have', () => {
    expect([...documented].filter((code) => !codes.has(code)).sort()).toEqual([]);
  });
});
