import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ensurePlayerBuild } from '@dlis/player/build';
import { buildCourses } from '@dlis/packager';
import { verifyManifest } from '@dlis/packager';
import { readZip } from './support/read-zip.ts';

let tmp: string;

/** A minimal valid course.yaml with `questions` true-false questions (one page each). */
function courseYaml(id: string, questions = 1): string {
  const pages = Array.from(
    { length: questions },
    (_, i) => `      - id: p${i}
        title: { fr: Page ${i}, en: Page ${i} }
        blocks:
          - type: markdown
            text: { fr: Bonjour, en: Hello }
          - type: question
            id: q${i}
            kind: true-false
            prompt: { fr: Vrai ?, en: True? }
            answer: true`,
  );
  return `id: ${id}
version: "1.0.0"
title: { fr: Cours ${id}, en: Course ${id} }
description: { fr: Un cours., en: A course. }
languages: [fr, en]
defaultLanguage: fr
licence: CC-BY-SA-4.0
completion: assessment-passed
masteryScore: 50
modules:
  - id: m1
    title: { fr: Module, en: Module }
    pages:
${pages.join('\n')}
`;
}

async function writeCourse(name: string, yaml: string): Promise<string> {
  const dir = join(tmp, 'courses', name);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'course.yaml'), yaml);
  return dir;
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'dlis-build-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('buildCourses', () => {
  test('packages every course for every target as <id>-<target>.zip', async () => {
    const dirs = [
      await writeCourse('alpha', courseYaml('alpha')),
      await writeCourse('beta', courseYaml('beta')),
    ];
    const outDir = join(tmp, 'dist-all');
    const result = await buildCourses({
      cwd: process.cwd(),
      courseDirs: dirs,
      targets: ['scorm12', 'web'],
      outDir,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.packages.map((p) => [p.file, p.target])).toEqual([
      [join(outDir, 'alpha-scorm12.zip'), 'scorm12'],
      [join(outDir, 'alpha-web.zip'), 'web'],
      [join(outDir, 'beta-scorm12.zip'), 'scorm12'],
      [join(outDir, 'beta-web.zip'), 'web'],
    ]);
    expect((await readdir(outDir)).sort()).toEqual([
      'alpha-scorm12.zip',
      'alpha-web.zip',
      'beta-scorm12.zip',
      'beta-web.zip',
    ]);
    const zip = readZip(await readFile(join(outDir, 'alpha-scorm12.zip')));
    const names = zip.map((e) => e.name);
    const player = await ensurePlayerBuild();
    const wanted = [player.scripts.scorm12, player.catalogs.fr!, 'index.html', 'imsmanifest.xml'];
    for (const file of wanted) expect(names).toContain(file);
    // Only what a SCORM 1.2 package of a fr/en course needs: no other target's script, no other catalogue.
    for (const file of [player.scripts.web, player.scripts.scorm2004, player.catalogs.de!])
      expect(names).not.toContain(file);
    const manifest = zip.find((e) => e.name === 'imsmanifest.xml')!.data.toString('utf8');
    expect(await verifyManifest(manifest, 'scorm12')).toEqual({ valid: true, errors: [] });
    const index = zip.find((e) => e.name === 'index.html')!.data.toString('utf8');
    expect(index).toContain(
      `<script src="${player.catalogs.fr}" defer></script>\n    <script src="${player.scripts.scorm12}" defer></script>`,
    );
  });

  test('with lang: single-language packages named <id>-<lang>-<target>.zip', async () => {
    const dir = await writeCourse('gamma', courseYaml('gamma'));
    const outDir = join(tmp, 'dist-lang');
    const result = await buildCourses({
      cwd: process.cwd(),
      courseDirs: [dir],
      targets: ['scorm2004'],
      lang: 'en',
      outDir,
    });
    expect(result.ok && result.packages.map((p) => p.file)).toEqual([join(outDir, 'gamma-en-scorm2004.zip')]);
    const zip = readZip(await readFile(join(outDir, 'gamma-en-scorm2004.zip')));
    const index = zip.find((e) => e.name === 'index.html')!.data.toString('utf8');
    expect(index).toContain('<html lang="en">');
    expect(index).toContain('"languages":["en"]');
  });

  test('a lang the course does not have is a diagnostic, and nothing is written', async () => {
    const dir = await writeCourse('delta', courseYaml('delta'));
    const outDir = join(tmp, 'dist-bad-lang');
    const result = await buildCourses({
      cwd: process.cwd(),
      courseDirs: [dir],
      targets: ['web'],
      lang: 'de',
      outDir,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        code: 'COURSE_E_UNKNOWN_LANGUAGE',
        line:
          courseYaml('delta')
            .split('\n')
            .findIndex((l) => l.startsWith('languages:')) + 1,
        col: 1,
        severity: 'error',
      }),
    ]);
    expect(result.diagnostics[0]!.file).toMatch(/delta[/\\]course\.yaml$/);
    expect(existsSync(outDir)).toBe(false);
  });

  test('any invalid course: every diagnostic returned, nothing written for the valid ones either', async () => {
    const good = await writeCourse('epsilon', courseYaml('epsilon'));
    const bad = await writeCourse('zeta', courseYaml('zeta').replace('licence: CC-BY-SA-4.0\n', ''));
    const outDir = join(tmp, 'dist-invalid');
    const result = await buildCourses({
      cwd: process.cwd(),
      courseDirs: [good, bad],
      targets: ['web'],
      outDir,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics.length).toBeGreaterThan(0);
    expect(result.diagnostics.every((d) => d.file.includes('zeta'))).toBe(true);
    expect(existsSync(outDir)).toBe(false);
  });

  test('an institution placeholder left in a text is a located error unless the build is a demo', async () => {
    const dir = await writeCourse(
      'lambda',
      courseYaml('lambda').replace(
        'text: { fr: Bonjour, en: Hello }',
        'text: { fr: "Contact : [À COMPLÉTER PAR L\'ÉTABLISSEMENT : adresse]", en: Hello }',
      ),
    );
    await mkdir(join(dir, 'notes'));
    await writeFile(
      join(dir, 'notes', 'notice.en.md'),
      'Intro.\n\nHost: [TO BE COMPLETED BY THE INSTITUTION].\n',
    );
    const outDir = join(tmp, 'dist-placeholder');
    const refused = await buildCourses({ cwd: process.cwd(), courseDirs: [dir], targets: ['web'], outDir });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.diagnostics).toEqual([
      expect.objectContaining({
        code: 'PACKAGE_E_PLACEHOLDER',
        file: expect.stringMatching(/lambda\/course\.yaml$/),
        line: 18,
        col: 36,
        message: expect.stringContaining("[À COMPLÉTER PAR L'ÉTABLISSEMENT : adresse]"),
      }),
      expect.objectContaining({
        code: 'PACKAGE_E_PLACEHOLDER',
        file: expect.stringMatching(/lambda\/notes\/notice\.en\.md$/),
        line: 3,
        col: 7,
      }),
    ]);
    expect(existsSync(outDir)).toBe(false);
    const demo = await buildCourses({
      cwd: process.cwd(),
      courseDirs: [dir],
      targets: ['web'],
      outDir,
      demo: true,
    });
    expect(demo.ok).toBe(true);
    expect(await readdir(outDir)).toEqual(['lambda-web.zip']);
  });

  test('a course over the SCORM 1.2 suspend-data budget is a diagnostic, and nothing is written', async () => {
    const big = await writeCourse('eta', courseYaml('eta', 3000));
    const good = await writeCourse('theta', courseYaml('theta'));
    const outDir = join(tmp, 'dist-budget');
    const result = await buildCourses({
      cwd: process.cwd(),
      courseDirs: [good, big],
      targets: ['scorm2004', 'scorm12'],
      outDir,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: 'PACKAGE_E_SUSPEND_DATA_BUDGET', line: 1, col: 1, path: '(root)' }),
    ]);
    expect(result.diagnostics[0]!.message).toContain('4096');
    expect(result.diagnostics[0]!.hint).toMatch(/SCORM 2004/);
    expect(existsSync(outDir)).toBe(false);
  });

  test('an embedded key without any LRS is a diagnostic, and nothing is written', async () => {
    const dir = await writeCourse('iota', courseYaml('iota'));
    const outDir = join(tmp, 'dist-key');
    const result = await buildCourses({
      cwd: process.cwd(),
      courseDirs: [dir],
      targets: ['scorm2004'],
      outDir,
      xapi: { embedKey: { key: 'k', secret: 's' } },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: 'PACKAGE_E_KEY_WITHOUT_ENDPOINT', path: 'tracking' }),
    ]);
    expect(existsSync(outDir)).toBe(false);
  });

  test('--lrs and the course endpoint: hybrid SCORM packages name the LRS, the flag wins', async () => {
    const dir = await writeCourse(
      'kappa',
      `${courseYaml('kappa')}tracking:\n  endpoint: https://course.example/xapi/\n`,
    );
    const outDir = join(tmp, 'dist-hybrid');
    const payloadOf = async (file: string) => {
      const index = readZip(await readFile(join(outDir, file)))
        .find((e) => e.name === 'index.html')!
        .data.toString('utf8');
      return JSON.parse(/id="dlis-course">(.*?)<\/script>/s.exec(index)![1]!) as { xapi?: unknown };
    };
    expect(
      (await buildCourses({ cwd: process.cwd(), courseDirs: [dir], targets: ['scorm2004'], outDir })).ok,
    ).toBe(true);
    expect((await payloadOf('kappa-scorm2004.zip')).xapi).toEqual({
      endpoint: 'https://course.example/xapi/',
      identity: 'pseudonymous',
    });
    const flagged = await buildCourses({
      cwd: process.cwd(),
      courseDirs: [dir],
      targets: ['scorm2004'],
      outDir,
      xapi: { endpoint: 'http://127.0.0.1:9/xapi/' },
    });
    expect(flagged.ok && flagged.packages[0]!.embeddedKey).toBe(false);
    expect((await payloadOf('kappa-scorm2004.zip')).xapi).toEqual({
      endpoint: 'http://127.0.0.1:9/xapi/',
      identity: 'pseudonymous',
    });
  });
});
