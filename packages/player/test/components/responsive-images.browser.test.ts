import { afterEach, describe, expect, test } from 'vitest';
import type { BannerBlock, ImageBlock, ImageTextBlock, LabelledGraphicBlock } from '@dlis/course/compiled';
import '../../src/components/dlis-image.ts';
import '../../src/components/dlis-image-text.ts';
import '../../src/components/dlis-banner.ts';
import '../../src/components/dlis-labelled-graphic.ts';
import type { BlockElement } from '../../src/components/block-element.ts';

afterEach(() => {
  document.body.replaceChildren();
});

const srcset = 'assets/ab-photo-480w.png 480w, assets/ab-photo-960w.png 960w, assets/ab-photo.png 1200w';
const picture = { src: 'assets/ab-photo.png', width: 1200, height: 900, srcset };
const alt = { fr: 'Une photo', en: 'A photo' };

const blocks: [string, ImageBlock | ImageTextBlock | BannerBlock | LabelledGraphicBlock][] = [
  ['dlis-image', { type: 'image', id: 'i', alt, ...picture }],
  [
    'dlis-image-text',
    { type: 'image-text', id: 't', alt, position: 'left', html: { fr: '<p>Texte</p>' }, ...picture },
  ],
  ['dlis-banner', { type: 'banner', id: 'b', alt, titlePlacement: 'below', ...picture }],
  [
    'dlis-labelled-graphic',
    {
      type: 'labelled-graphic',
      id: 'g',
      alt,
      markers: [{ id: 'm', x: 50, y: 50, label: { fr: 'Repère' } }],
      ...picture,
    },
  ],
];

async function renderedImg(tag: string, block: object): Promise<HTMLImageElement> {
  const element = document.createElement(tag) as BlockElement<never>;
  element.block = block as never;
  document.body.append(element);
  await element.updateComplete;
  return element.shadowRoot!.querySelector('img')!;
}

describe('responsive images in the player', () => {
  test.each(blocks)('%s: srcset, sizes, width and height from the build', async (tag, block) => {
    const img = await renderedImg(tag, block);
    expect(img.getAttribute('src')).toBe('assets/ab-photo.png');
    expect(img.getAttribute('srcset')).toBe(srcset);
    expect(img.getAttribute('sizes')).toMatch(/^\(max-width: 48rem\) 100vw, \d+rem$/);
    expect(img.getAttribute('width')).toBe('1200');
    expect(img.getAttribute('height')).toBe('900');
    // The banner opens a page: loaded at once. The others wait until they come near the screen.
    expect(img.getAttribute('loading')).toBe(tag === 'dlis-banner' ? null : 'lazy');
  });

  test.each(blocks)('%s: no srcset nor sizes when the build made no copies (an SVG)', async (tag, block) => {
    const img = await renderedImg(tag, { ...block, src: 'assets/ab-chart.svg', srcset: undefined });
    expect(img.getAttribute('src')).toBe('assets/ab-chart.svg');
    expect(img.hasAttribute('srcset')).toBe(false);
    expect(img.hasAttribute('sizes')).toBe(false);
  });
});
