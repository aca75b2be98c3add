import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { verifyManifest, type VerifiedTarget } from '@dlis/packager';
import { xmllintStats } from '../src/xmllint-runner.ts';

const fixture = (name: string) => readFile(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('verifyManifest', () => {
  test.each([
    ['scorm12-valid.xml', 'scorm12'],
    ['scorm2004-4th-valid.xml', 'scorm2004'],
  ] as const)('accepts the valid sample %s', async (name, target) => {
    expect(await verifyManifest(await fixture(name), target)).toEqual({ valid: true, errors: [] });
  });

  test.each([
    ['scorm12-invalid-noid.xml', 'scorm12', /manifest.*'identifier' is required/],
    ['scorm12-invalid-elem.xml', 'scorm12', /organisations.*not expected/],
    ['scorm12-invalid-scormtype.xml', 'scorm12', /scormtype.*'lesson'/],
    ['scorm2004-4th-invalid-noid.xml', 'scorm2004', /manifest.*'identifier' is required/],
    ['scorm2004-4th-invalid-elem.xml', 'scorm2004', /generl.*not expected/],
  ] as const)('rejects the invalid sample %s, saying where and why', async (name, target, reason) => {
    const result = await verifyManifest(await fixture(name), target);
    expect(result.valid).toBe(false);
    expect(result.errors.length).toBeGreaterThan(0);
    expect(result.errors.every((e) => e.startsWith('imsmanifest.xml:'))).toBe(true);
    expect(result.errors.join('\n')).toMatch(reason);
  });

  test.each([
    'cmi5-valid.xml',
    'aicc-simple-cmi5.xml',
    'aicc-complex-cmi5.xml',
    'catapult-multi_au_framed-cmi5.xml',
  ])('cmi5: accepts the valid sample %s', async (name) => {
    expect(await verifyManifest(await fixture(name), 'cmi5')).toEqual({ valid: true, errors: [] });
  });

  test.each([
    ['cmi5-invalid-noid.xml', /'id' is required/],
    ['cmi5-invalid-elem.xml', /moveOn.*'Finished'[\s\S]*link.*not expected/],
  ] as const)('cmi5: rejects the invalid sample %s, naming cmi5.xml and the line', async (name, reason) => {
    const result = await verifyManifest(await fixture(name), 'cmi5');
    expect(result.valid).toBe(false);
    expect(result.errors.every((e) => /^cmi5\.xml:\d+: /.test(e))).toBe(true);
    expect(result.errors.join('\n')).toMatch(reason);
  });

  test('cmi5: rejects a SCORM manifest', async () => {
    expect((await verifyManifest(await fixture('scorm2004-4th-valid.xml'), 'cmi5')).valid).toBe(false);
  });

  test('rejects a manifest of the other standard', async () => {
    const result = await verifyManifest(await fixture('scorm12-valid.xml'), 'scorm2004');
    expect(result.valid).toBe(false);
  });

  test('rejects XML that is not well-formed', async () => {
    const result = await verifyManifest('<manifest identifier="a"><metadata></manifest>', 'scorm12');
    expect(result.valid).toBe(false);
    expect(result.errors[0]).toMatch(/^imsmanifest\.xml:1: parser error/);
  });

  test('needs no xmllint on the system: it validates with PATH emptied', async () => {
    // xmllint-wasm runs libxml2 in a worker thread; hiding every program must not change the verdict.
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      expect(await verifyManifest(await fixture('scorm12-valid.xml'), 'scorm12')).toEqual({
        valid: true,
        errors: [],
      });
      expect((await verifyManifest(await fixture('scorm12-invalid-noid.xml'), 'scorm12')).valid).toBe(false);
    } finally {
      process.env.PATH = path;
    }
  });

  test('manifests asked for together are checked in shared runs, each with its own verdict, by one worker', async () => {
    const samples: [string, VerifiedTarget][] = [
      ['scorm12-valid.xml', 'scorm12'],
      ['scorm12-invalid-noid.xml', 'scorm12'],
      ['scorm2004-4th-valid.xml', 'scorm2004'],
      ['scorm2004-4th-invalid-elem.xml', 'scorm2004'],
      ['cmi5-valid.xml', 'cmi5'],
      ['cmi5-invalid-noid.xml', 'cmi5'],
      ['scorm12-invalid-elem.xml', 'scorm12'],
      ['scorm2004-4th-valid.xml', 'scorm2004'],
    ];
    const xmls = await Promise.all(samples.map(([name]) => fixture(name)));
    const notWellFormed = '<manifest identifier="a"><metadata></manifest>';
    const alone = [];
    for (const [i, [, target]] of samples.entries()) alone.push(await verifyManifest(xmls[i]!, target));
    alone.push(await verifyManifest(notWellFormed, 'scorm12'));
    const before = xmllintStats();

    const together = await Promise.all([
      ...samples.map(([, target], i) => verifyManifest(xmls[i]!, target)),
      verifyManifest(notWellFormed, 'scorm12'),
    ]);

    expect(together).toEqual(alone);
    expect(together.map((v) => v.valid)).toEqual([true, false, true, false, true, false, false, true, false]);
    const after = xmllintStats();
    expect(after.workerStarts).toBe(1);
    // The first manifest runs alone; the eight asked for meanwhile share one run per standard.
    expect(after.runs - before.runs).toBeLessThanOrEqual(4);
  });
});
