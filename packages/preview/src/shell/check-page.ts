import type { Violation } from './preview-types.ts';

/** WCAG 2.1 level AA: the axe-core tags of the level A and AA rules of WCAG 2.0 and 2.1. */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface AxeResult {
  violations: { id: string; impact?: string; help: string; nodes: { target: unknown[]; html: string }[] }[];
}

/**
 * Runs axe-core (served by the preview, never shipped in a package) on the page the course frame shows now, and
 * returns its WCAG 2.1 AA violations with the elements concerned. The frame is same-origin, so axe runs inside it.
 */
export async function checkPage(frame: HTMLIFrameElement): Promise<Violation[]> {
  const win = frame.contentWindow as
    (Window & { axe?: { run(c: unknown, o: unknown): Promise<AxeResult> } }) | null;
  const doc = frame.contentDocument;
  if (!win || !doc) return [];
  if (!win.axe) {
    await new Promise<void>((resolve, reject) => {
      const script = doc.createElement('script');
      script.src = '/__dlis/vendor/axe.js';
      script.onload = () => resolve();
      script.onerror = () => reject(new Error('axe-core did not load'));
      doc.head.append(script);
    });
  }
  const result = await win.axe!.run(doc, { runOnly: { type: 'tag', values: WCAG_AA } });
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? '',
    help: v.help,
    nodes: v.nodes.map((n) => ({ target: n.target.map(String).join(' › '), html: n.html })),
  }));
}
