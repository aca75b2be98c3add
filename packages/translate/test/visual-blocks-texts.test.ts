// The texts of the visual blocks (issue 16) go to translators like any other: process steps, labelled-graphic
// alt text and markers, scenario characters. Exported from the DLIS modules that use them.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { exportCourse, validateXliffSchema } from '../src/index.ts';

const COURSES = resolve(import.meta.dirname, '../../../courses');

/** The unit ids of an XLIFF document whose source holds `text`. */
function unitsWith(xliff: string, text: string): string[] {
  return [...xliff.matchAll(/<unit id="([^"]+)"[\s\S]*?<\/unit>/g)]
    .filter((unit) => unit[0].includes(text))
    .map((unit) => unit[1]!);
}

test('process steps, labelled-graphic markers and scenario characters are exported with stable unit ids', async () => {
  const work = await mkdtemp(join(tmpdir(), 'dlis-translate-visual-'));
  try {
    const m6 = await exportCourse(join(COURSES, 'm6-securite-arnaques-faux-sites'), 'el');
    const m3 = await exportCourse(join(COURSES, 'm3-posture-ethique-mandat'), 'el');
    for (const [name, result] of [
      ['m6', m6],
      ['m3', m3],
    ] as const) {
      const file = join(work, `${name}.xlf`);
      await writeFile(file, result.xliff);
      expect(await validateXliffSchema(file)).toEqual([]);
    }
    expect(unitsWith(m6.xliff, 'Les mentions légales')).toContainEqual(
      expect.stringMatching(/blocks\.\d+\.markers\.3\.label$/),
    );
    expect(unitsWith(m6.xliff, 'Un tarif, comme 29,90 €')).toEqual([
      expect.stringMatching(/blocks\.\d+\.markers\.2\.text$/),
    ]);
    expect(
      unitsWith(m6.xliff, 'Dessin d&apos;une fausse page').length +
        unitsWith(m6.xliff, "Dessin d'une fausse page").length,
    ).toBe(1);
    expect(unitsWith(m3.xliff, 'La première fois, faire ensemble')).toEqual([
      expect.stringMatching(/blocks\.\d+\.steps\.1\.title$/),
    ]);
    expect(unitsWith(m3.xliff, 'Portrait dessiné')).toEqual([
      expect.stringMatching(/characters\.martin\.alt$/),
    ]);
    expect(unitsWith(m3.xliff, '>M. Martin<')).toEqual([expect.stringMatching(/characters\.martin\.name$/)]);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});
