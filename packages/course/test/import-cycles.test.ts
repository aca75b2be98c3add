// No module of @dlis/course imports itself back through runtime imports (issue 15: compiled-course.ts →
// complete-course.ts → question-texts.ts → compiled-course.ts was one). Type-only imports are erased, so they
// may loop (the compiled-course contract and the files it re-exports).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

/** Each source file → the files it imports or re-exports values from (relative specifiers only). */
function runtimeImports(): Map<string, string[]> {
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  const statement = /^(?:import|export)\s+(type\s+)?[^;]*?from\s+'(\.[^']+)'/gms;
  return new Map(
    files.map((f) => {
      const path = join(SRC, f);
      const text = readFileSync(path, 'utf8');
      const targets = [...text.matchAll(statement)]
        .filter((m) => !m[1])
        .map((m) => resolve(dirname(path), m[2]!));
      return [path, targets];
    }),
  );
}

/** One path that leads from a file back to itself, or undefined. */
function findCycle(graph: Map<string, string[]>): string[] | undefined {
  const done = new Set<string>();
  const visit = (file: string, path: string[]): string[] | undefined => {
    const back = path.indexOf(file);
    if (back >= 0) return [...path.slice(back), file];
    if (done.has(file)) return undefined;
    for (const next of graph.get(file) ?? []) {
      const cycle = visit(next, [...path, file]);
      if (cycle) return cycle;
    }
    done.add(file);
    return undefined;
  };
  for (const file of graph.keys()) {
    const cycle = visit(file, []);
    if (cycle) return cycle;
  }
  return undefined;
}

describe('module graph of @dlis/course', () => {
  test('no cycle of runtime imports', () => {
    const cycle = findCycle(runtimeImports());
    expect(cycle?.map((f) => relative(SRC, f)).join(' → ')).toBeUndefined();
  });

  test('the check finds a cycle when there is one', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
    ]);
    expect(findCycle(graph)).toEqual(['a', 'b', 'c', 'a']);
  });
});
