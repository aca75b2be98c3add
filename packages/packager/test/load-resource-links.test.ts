import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PlayerPayload } from '@dlis/course/compiled';
import { buildCourses } from '@dlis/packager';
import { checkResourceLinkIds, loadResourceLinks } from '../src/load-resource-links.ts';
import { readZip } from './support/read-zip.ts';

const AGILITY = resolve(import.meta.dirname, '../../../courses/agility-index');
const TEMPLATE = resolve(import.meta.dirname, '../../../templates/module');

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'dlis-links-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function linksFile(name: string, text: string): Promise<string> {
  const file = join(tmp, name);
  await writeFile(file, text);
  return file;
}

/** The links file as the CLI reads it, from the folder it is in: shown by its name alone. */
const load = (file: string) => loadResourceLinks(file, tmp);

describe('loadResourceLinks', () => {
  test('reads a YAML map and a JSON map, keeping where each id is written', async () => {
    const yaml = await load(
      await linksFile(
        'links.yaml',
        '# LMS of the pilot\nM1: https://lms.test/course/view.php?id=1\nM4: ../m4/\n',
      ),
    );
    expect(yaml.ok && yaml.value.links).toEqual({
      M1: 'https://lms.test/course/view.php?id=1',
      M4: '../m4/',
    });
    expect(yaml.ok && yaml.value.positions.M4).toEqual({ line: 3, col: 1 });
    const json = await load(await linksFile('links.json', '{\n  "M2": "https://lms.test/m2"\n}\n'));
    expect(json.ok && json.value.links).toEqual({ M2: 'https://lms.test/m2' });
    expect(json.ok && json.value.positions.M2).toEqual({ line: 2, col: 3 });
  });

  test('locates a bad link, a YAML syntax error, a non-map and a missing file', async () => {
    const bad = await load(
      await linksFile('bad.yaml', 'M1: https://ok.test/\nM2: javascript:alert(1)\nM3: 12\n'),
    );
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.problems.map((p) => [p.path, p.line, p.col, p.code])).toEqual([
      ['M2', 2, 5, 'PACKAGE_E_LINKS_FILE'],
      ['M3', 3, 5, 'PACKAGE_E_LINKS_FILE'],
    ]);
    const twice = await load(await linksFile('twice.yaml', 'M1: a/\nM4: b/\nM1: c/\n'));
    expect(!twice.ok && twice.problems[0]).toMatchObject({
      line: 3,
      col: 1,
      message: expect.stringContaining('unique'),
    });
    const list = await load(await linksFile('list.yaml', '\n- M1\n- M2\n'));
    expect(!list.ok && list.problems[0]).toMatchObject({
      line: 2,
      col: 1,
      message: expect.stringContaining('map'),
    });
    const empty = await load(await linksFile('empty.yaml', '{}\n'));
    expect(!empty.ok && empty.problems[0]!.message).toContain('no link');
    const missing = await load(join(tmp, 'nope.yaml'));
    expect(!missing.ok && missing.problems[0]!.message).toContain('ENOENT');
  });

  test('checkResourceLinkIds: unknown ids at their key, with a suggestion; no questionnaire at all', async () => {
    const read = await load(await linksFile('ids.yaml', 'M1: a/\nm4: b/\nX9: c/\n'));
    if (!read.ok) throw new Error('expected a valid file');
    expect(read.value.file).toBe('ids.yaml');
    const problems = checkResourceLinkIds(read.value, new Set(['M1', 'M4']));
    expect(problems.map((p) => [p.path, p.line, p.col, p.code])).toEqual([
      ['m4', 2, 1, 'PACKAGE_E_LINKS_UNKNOWN_RESOURCE'],
      ['X9', 3, 1, 'PACKAGE_E_LINKS_UNKNOWN_RESOURCE'],
    ]);
    expect(problems[0]!.message).toContain("Did you mean 'M4'?");
    expect(checkResourceLinkIds(read.value, new Set())[0]!.message).toContain('none of the courses');
  });
});

describe('buildCourses with linksFile', () => {
  const questionnaireLinks = async (zip: string): Promise<Record<string, string>> => {
    const index = readZip(await readFile(zip))
      .find((e) => e.name === 'index.html')!
      .data.toString('utf8');
    const payload = JSON.parse(/id="dlis-course">(.*?)<\/script>/s.exec(index)![1]!) as PlayerPayload;
    const block = payload.course.modules
      .flatMap((m) => m.pages)
      .flatMap((p) => p.blocks)
      .find((b) => b.type === 'questionnaire');
    if (block?.type !== 'questionnaire') throw new Error('no questionnaire block in the package');
    return block.resourceLinks;
  };

  test('the file wins over course.yaml; courses without a questionnaire are built unchanged', async () => {
    const file = await linksFile('deploy.yaml', 'M1: https://lms.test/m1\nM2: https://lms.test/m2\n');
    const outDir = join(tmp, 'dist');
    const result = await buildCourses({
      cwd: process.cwd(),
      courseDirs: [AGILITY, TEMPLATE],
      targets: ['web'],
      outDir,
      linksFile: file,
      demo: true, // the repository's agility course keeps its institution placeholders
    });
    expect(result.ok).toBe(true);
    expect(await questionnaireLinks(join(outDir, 'agility-index-web.zip'))).toEqual({
      M1: 'https://lms.test/m1',
      M2: 'https://lms.test/m2',
      // from course.yaml, not overridden:
      M3: '../m3-posture-ethique-mandat/',
      M4: '../m4-donnees-personnelles-rgpd/',
      M5: '../m5-demarches-en-ligne-par-pays/',
      M6: '../m6-securite-arnaques-faux-sites/',
      M7: '../m7-accessibilite-communication-claire/',
      'guide-ch7': '../guide-outil/#chapitre-7',
      pix: 'https://pix.fr/',
      europass: 'https://europass.europa.eu/',
      'les-bons-clics': 'https://www.lesbonsclics.fr/',
    });
  });

  test('an unknown id, or links for courses without a questionnaire: located diagnostics, nothing written', async () => {
    const outDir = join(tmp, 'dist-bad');
    const typo = await linksFile('typo.yaml', 'M1: https://lms.test/m1\nM12: https://lms.test/m12\n');
    const result = await buildCourses({
      cwd: process.cwd(),
      courseDirs: [AGILITY],
      targets: ['web'],
      outDir,
      linksFile: typo,
      demo: true,
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.diagnostics).toEqual([
      expect.objectContaining({ code: 'PACKAGE_E_LINKS_UNKNOWN_RESOURCE', path: 'M12', line: 2, col: 1 }),
    ]);
    const alone = await buildCourses({
      cwd: process.cwd(),
      courseDirs: [TEMPLATE],
      targets: ['web'],
      outDir,
      linksFile: typo,
    });
    expect(!alone.ok && alone.diagnostics.map((d) => d.code)).toEqual(['PACKAGE_E_LINKS_UNKNOWN_RESOURCE']);
    expect(existsSync(outDir)).toBe(false);
  });
});
