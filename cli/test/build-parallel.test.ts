// `dlis build` of several courses, as the compiled command runs it: worker threads (one per core at most),
// a line per course as it is done (plain lines: the output is not a terminal here), then the table of the
// packages. Same all-or-nothing rules as a build in one thread.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compiledDlis, copyAgilityIndex, tempCourses } from './support/compiled-dlis.ts';

const temp = tempCourses('dlis-parallel-', ['a', 'b', 'c']);

describe('dlis build of several courses (compiled, worker threads)', () => {
  test('builds every course, a line per course, then the table of packages with their sizes and times', async () => {
    await copyAgilityIndex(temp.dir);
    const result = await compiledDlis(
      ['build', 'a', 'b', 'c', 'agility-index', '--target', 'scorm12,cmi5,web', '--out', 'out', '--demo'],
      temp.dir,
    );
    expect(result.err).toBe('');
    expect(result.code).toBe(0);

    const files = (await readdir(join(temp.dir, 'out'))).sort();
    expect(files).toEqual(
      ['a', 'agility-index', 'b', 'c'].flatMap((id) => [
        `${id}-cmi5.zip`,
        `${id}-scorm12.zip`,
        `${id}-web.zip`,
      ]),
    );
    for (const name of ['a', 'b', 'c', 'agility-index']) {
      expect(result.out).toMatch(new RegExp(`^✓ ${name} +3 packages +[\\d.]+ s$`, 'm'));
    }
    const lines = result.out.split('\n');
    const header = lines.findIndex((l) => /^package +target +size +time$/.test(l));
    expect(header).toBeGreaterThan(0);
    const rows = lines.slice(header + 1, header + 13);
    // Course order, then target order, as given on the command line.
    expect(rows.map((r) => r.split(/ +/)[0])).toEqual(
      ['a', 'b', 'c', 'agility-index'].flatMap((id) => [
        `out/${id}-scorm12.zip`,
        `out/${id}-cmi5.zip`,
        `out/${id}-web.zip`,
      ]),
    );
    for (const row of rows) expect(row).toMatch(/ (scorm12|cmi5|web) +[\d.]+ KB +[\d.]+ s$/);
    // One worker thread per core, at most one per course: in this thread on a one-core machine.
    const threads = Math.min(availableParallelism(), 4);
    expect(result.out).toMatch(
      threads > 1
        ? new RegExp(`^12 packages of 4 courses in [\\d.]+ s \\(${threads} worker threads\\)\\.$`, 'm')
        : /^12 packages of 4 courses in [\d.]+ s\.$/m,
    );
  });

  test('one course with a problem: its file:line:col, and nothing written for any course', async () => {
    const yamlFile = join(temp.dir, 'b/course.yaml');
    const yaml = await readFile(yamlFile, 'utf8');
    await writeFile(yamlFile, yaml.replace(/^version: .*$/m, 'version: [1]'));
    const result = await compiledDlis(['build', 'a', 'b', 'c', '--out', 'out'], temp.dir);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^b\/course\.yaml:\d+:\d+: version: /m);
    expect(result.err).toContain('nothing was built');
    expect(await readdir(temp.dir)).not.toContain('out');
  });

  test('two courses with one id are refused, naming both folders', async () => {
    const yamlFile = join(temp.dir, 'c/course.yaml');
    await writeFile(yamlFile, (await readFile(yamlFile, 'utf8')).replace(/^id: c$/m, 'id: a'));
    const result = await compiledDlis(['build', 'a', 'b', 'c', '--target', 'web', '--out', 'out'], temp.dir);
    expect(result.code).toBe(1);
    expect(result.err).toContain('courses a and c both have the id "a"');
    expect(await readdir(temp.dir)).not.toContain('out');
  });
});
