// A labelled graphic (hotspots): an image with numbered markers at x/y percentages, each with a label and an
// optional Markdown description.
import { isObj, list, str, type CheckContext } from '../../check-context.ts';
import { DiagnosticCode } from '../../diagnostic.ts';
import type { SourcePath } from '../../yaml-document.ts';
import schema from './labelled-graphic.schema.json' with { type: 'json' };
import type { BlockKindModule } from '../block-kind.ts';
import { compileImage } from '../image-alt.ts';
import { defined, optional } from '../optional-field.ts';
import { labelledGraphicCompiled } from './labelled-graphic-compiled.ts';

const position = (i: number) => String(i + 1);

/**
 * Markers whose centres are closer than this (in % of the image, on both axes) cover each other: a marker is
 * 2rem wide, about 5 % of a 640 px wide image.
 */
const MIN_GAP = 5;

export const labelledGraphicKind: BlockKindModule<'labelled-graphic'> = {
  ...labelledGraphicCompiled,
  summary:
    'An image with numbered markers; each opens its label and explanation, with a text list of all labels for screen readers and print.',
  schema,
  async check(ctx, b, path) {
    ctx.translations([...path, 'title'], b.title);
    ctx.translations([...path, 'alt'], b.alt);
    const src = str(b.src);
    if (src) await ctx.files.checkImageBlock([...path, 'src'], src);
    ctx.itemIds(b.markers, [...path, 'markers'], 'marker');
    for (const [i, m] of list(b.markers).entries()) {
      if (!isObj(m)) continue;
      ctx.translations([...path, 'markers', i, 'label'], m.label);
      await ctx.markdownTexts([...path, 'markers', i, 'text'], m.text, false);
    }
    checkOverlaps(ctx, b.markers, [...path, 'markers']);
  },
  build: (b, id, ctx) => ({
    type: 'labelled-graphic',
    id,
    ...defined('title', ctx.opt(b.title)),
    src: ctx.path(b.src),
    alt: ctx.loc(b.alt),
    markers: b.markers.map((m, i) => ({
      id: m.id ?? position(i),
      x: m.x,
      y: m.y,
      label: ctx.loc(m.label),
      ...defined('body', m.text ? ctx.markdownText(m.text) : undefined),
    })),
  }),
  compile(b, ctx) {
    const { text, blockHtml } = ctx;
    return {
      type: 'labelled-graphic',
      id: b.id,
      ...optional('title', b.title, text),
      ...compileImage(b, ctx),
      markers: b.markers.map((m) => ({
        id: m.id,
        x: m.x,
        y: m.y,
        label: text(m.label),
        ...optional('html', m.body, blockHtml),
      })),
    };
  },
};

/** A warning on each marker that would cover an earlier one (the schema keeps x and y within 0–100). */
function checkOverlaps(ctx: CheckContext, markers: unknown, path: SourcePath): void {
  const placed: { x: number; y: number; n: number }[] = [];
  for (const [i, m] of list(markers).entries()) {
    if (!isObj(m) || typeof m.x !== 'number' || typeof m.y !== 'number') continue;
    const { x, y } = m;
    const near = placed.find((p) => Math.abs(p.x - x) < MIN_GAP && Math.abs(p.y - y) < MIN_GAP);
    if (near) {
      ctx.out.warning([...path, i], {
        code: DiagnosticCode.markersOverlap,
        message: `marker ${i + 1} (x ${x}, y ${y}) would cover marker ${near.n} (x ${near.x}, y ${near.y}).`,
        hint: `Move one of them: their centres should be at least ${MIN_GAP} apart in x or in y.`,
      });
    }
    placed.push({ x, y, n: i + 1 });
  }
}
