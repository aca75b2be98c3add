// What decides between an in-place update and a new page (update-in-place.ts), on pages as the packager writes
// them and as the player leaves them once it has loaded its later add-ons.
import { describe, expect, test } from 'vitest';
import { loadsNothingNew, pageLoads } from '../src/shell/update-in-place.ts';

const page = (later: string, addons: string[] = []) =>
  new DOMParser().parseFromString(
    `<!doctype html><html><head>
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="dlis-addons-later" content="${later}">
      <script src="i18n-fr-a1.js" defer></script>
      <script src="player-scorm12-b2.js" defer></script>
      ${addons.map((file) => `<script src="${file}" defer></script>`).join('')}
    </head><body></body></html>`,
    'text/html',
  );

/** The page after the player loaded its later add-ons (lazy-addon.ts): marked meta, appended scripts. */
function afterLaterAddons(doc: Document): Document {
  const meta = doc.querySelector<HTMLMetaElement>('meta[name="dlis-addons-later"]')!;
  meta.dataset.loading = '';
  for (const file of meta.content.split(' ')) {
    const script = doc.createElement('script');
    script.src = file;
    script.async = false;
    doc.head.append(script);
  }
  meta.dataset.loaded = '';
  return doc;
}

describe('in-place update of the course page', () => {
  test('a page whose player loaded its later add-ons takes the same course page again', () => {
    const running = afterLaterAddons(page('addon-questions-c3.js'));
    expect(loadsNothingNew(pageLoads(running), pageLoads(page('addon-questions-c3.js')))).toBe(true);
  });

  test('a course that needs another add-on, or another build of one, is a new page', () => {
    const running = afterLaterAddons(page('addon-questions-c3.js'));
    const withBlocks = page('addon-questions-c3.js', ['addon-blocks-d4.js']);
    expect(loadsNothingNew(pageLoads(running), pageLoads(withBlocks))).toBe(false);
    expect(loadsNothingNew(pageLoads(running), pageLoads(page('addon-questions-e5.js')))).toBe(false);
  });
});
