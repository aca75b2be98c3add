import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** WCAG 2.1 level AA: the axe-core tags of the level A and AA rules of WCAG 2.0 and 2.1. */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * The WCAG 2.1 AA violations axe-core finds on the page as it is now, each as
 * `<where>: <rule> (<help>) at <targets>`; empty when there is none. Injects axe-core once per document.
 */
export async function axeViolations(page: Page, where: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const found = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<unknown> } }).axe;
    const result = (await axe.run(document, { runOnly: { type: 'tag', values: tags } })) as {
      violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
    };
    return result.violations.map(
      (v) => `${v.id} (${v.help}) at ${JSON.stringify(v.nodes.map((n) => n.target))}`,
    );
  }, WCAG_AA);
  return found.map((v) => `${where}: ${v}`);
}
