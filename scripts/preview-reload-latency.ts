// Measures how long `dlis preview` takes to show a saved Markdown edit on a 30-page course (issue 17: "within 1 s
// of the save"): the real command, the shell in Chromium, the learner on page 15; each save rewrites that page's
// Markdown and the clock stops when the new text is in the course frame. `npm run bench` prints min and median;
// run alone it prints each figure too: node --import tsx scripts/preview-reload-latency.ts [saves]
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../packages/packager/src/find-chromium.ts';
import { startPreviewProcess, writePreviewCourse } from '../tests/support/preview-process.ts';

/** Save → new text shown, in ms, for `saves` saves; `inPlace`: every update kept the course page (no navigation). */
export async function measurePreviewReload(
  saves: number,
  onSave: (ms: number) => void = () => undefined,
): Promise<{ figures: number[]; inPlace: boolean; reloads: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'dlis-preview-latency-'));
  await writePreviewCourse(dir, 30);
  const preview = await startPreviewProcess(dir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    await page.goto(preview.url);
    const course = page.frameLocator('dlis-preview-app iframe');
    await course.getByRole('link', { name: 'Page 15', exact: true }).click({ timeout: 120_000 });
    await course.getByRole('heading', { name: 'Page 15', level: 1 }).waitFor({ timeout: 120_000 });
    const frame = () => page.frame({ url: /\/__dlis\/course\// })!;
    // Expressions run in the page (this Node program has no DOM types).
    await frame().evaluate('window.dlisBenchMark = true');
    const figures: number[] = [];
    for (let n = 1; n <= saves; n++) {
      const text = `Page fifteen, edit number ${n}.`;
      const started = performance.now();
      await writeFile(join(dir, 'pages', 'p15.en.md'), `${text}\n`);
      await course.getByText(text).waitFor({ timeout: 120_000 });
      figures.push(Math.round(performance.now() - started));
      const title = await course.getByRole('heading', { level: 1 }).first().textContent();
      if (title !== 'Page 15') throw new Error(`the learner was moved to "${title}"`);
      onSave(figures.at(-1)!);
    }
    const inPlace = (await frame().evaluate("'dlisBenchMark' in window")) === true;
    return { figures, inPlace, reloads: preview.output().match(/reloaded in \d+ ms/g) ?? [] };
  } finally {
    await browser.close();
    await preview.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const saves = Number(process.argv[2] ?? 10);
  let n = 0;
  const { figures, inPlace, reloads } = await measurePreviewReload(saves, (ms) =>
    console.log(`save ${(n += 1)}: ${ms} ms`),
  );
  const sorted = [...figures].sort((a, b) => a - b);
  console.log(
    `save → new text shown, ${saves} saves on a 30-page course: min ${sorted[0]} ms, ` +
      `median ${sorted[Math.floor(sorted.length / 2)]} ms, max ${sorted.at(-1)} ms, ` +
      `${inPlace ? 'updated in place' : 'page launched again'} (load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')})`,
  );
  console.log(reloads.join(', '));
}
