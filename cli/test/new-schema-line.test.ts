import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { run } from './run-cli.ts';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'dlis-schema-line-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

test.each([
  ['a folder of the current folder', 'course'],
  ['a nested folder', 'a/b/course'],
])(
  'dlis new in %s: course.yaml starts with the schema line, whose path reaches the schema',
  async (_name, dir) => {
    const created = await run(['new', dir], work);
    expect(created.code).toBe(0);
    const yaml = await readFile(join(work, dir, 'course.yaml'), 'utf8');
    const first = yaml.split('\n')[0]!;
    expect(first).toMatch(/^# yaml-language-server: \$schema=\S+course\.schema\.json$/);
    const schemaPath = resolve(join(work, dir), first.replace(/^.*\$schema=/, ''));
    const schema = JSON.parse(await readFile(schemaPath, 'utf8')) as { title?: string };
    expect(schemaPath).toBe(
      resolve(dirname(import.meta.dirname), '../packages/course/schema/course.schema.json'),
    );
    expect(schema).toHaveProperty('properties.modules');
    const validated = await run(['validate', dir], work);
    expect(validated.code).toBe(0);
  },
  60_000,
);
