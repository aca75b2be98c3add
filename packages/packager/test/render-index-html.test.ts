import { describe, expect, test } from 'vitest';
import type { PlayerPayload } from '@dlis/course/compiled';
import { renderIndexHtml } from '@dlis/packager';
import type { PlayerBuild } from '@dlis/packager';
import { courseFixture } from './support/course-fixture.ts';

const player: PlayerBuild = {
  dir: '/tmp/player',
  scripts: {
    scorm12: 'player-s12-ab12cd34.js',
    scorm2004: 'player-s04-ab12cd34.js',
    cmi5: 'player-cmi5-ab12cd34.js',
    xapi: 'player-xapi-ab12cd34.js',
    web: 'player-web-ab12cd34.js',
  },
  catalogs: { fr: 'i18n-fr-11111111.js', de: 'i18n-de-22222222.js' },
  stylesheet: 'player-ab12cd34.css',
  files: [
    'player-s12-ab12cd34.js',
    'player-s04-ab12cd34.js',
    'player-web-ab12cd34.js',
    'i18n-fr-11111111.js',
    'i18n-de-22222222.js',
    'player-ab12cd34.css',
  ],
};

/**
 * The text of the JSON script element as an HTML parser sees it: script data ends at the first `</script`
 * (any case) followed by whitespace, `/` or `>` (HTML "script data end tag name state").
 */
function scriptData(html: string): string {
  const open = '<script type="application/json" id="dlis-course">';
  const start = html.indexOf(open);
  expect(start).toBeGreaterThanOrEqual(0);
  const rest = html.slice(start + open.length);
  const end = rest.search(/<\/script[\t\n\f\r />]/i);
  return rest.slice(0, end);
}

describe('renderIndexHtml', () => {
  test('has the doctype, lang, charset, viewport, title, stylesheet, deferred script and player element', () => {
    const html = renderIndexHtml({ target: 'scorm12', course: courseFixture() }, player, 'en');
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('<title>Digital agility</title>');
    expect(html).toContain('<link rel="stylesheet" href="player-ab12cd34.css">');
    // The catalogues of the course languages (fr; en is built in), then the target's player script.
    expect(html).toContain(
      '<script src="i18n-fr-11111111.js" defer></script>\n    <script src="player-s12-ab12cd34.js" defer></script>\n  </head>',
    );
    expect(html).not.toMatch(/i18n-de|player-s04|player-web/);
    expect(html).toContain('<body style="margin: 0">\n    <dlis-player></dlis-player>');
    expect(html).toMatch(
      /<noscript>[\s\S]*lang="fr"[\s\S]*JavaScript[\s\S]*lang="en"[\s\S]*JavaScript[\s\S]*<\/noscript>/,
    );
  });

  test('falls back to the default language title and leaves out the stylesheet link when there is none', () => {
    const { stylesheet: _omit, ...noCss } = player;
    const html = renderIndexHtml({ target: 'web', course: courseFixture() }, noCss, 'de');
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('<title>Agilité numérique</title>');
    expect(html).not.toContain('<link');
  });

  test('embeds the payload so that it parses back identical, even with </script> and U+2028 in the course', () => {
    const hostile = `</script><script>alert(1)</script><!-- </SCRIPT > \u2028\u2029 & "quotes"`;
    const payload: PlayerPayload = {
      target: 'scorm2004',
      course: courseFixture({
        title: { fr: hostile, en: hostile },
        description: { fr: '</script', en: '</Script\n' },
      }),
    };
    const html = renderIndexHtml(payload, player, 'fr');
    const data = scriptData(html);
    expect(data).not.toMatch(/[<>\u2028\u2029]/);
    expect(JSON.parse(data)).toEqual(payload);
    // The title is escaped text, not markup.
    expect(html).toContain('<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html.match(/<script/g)).toHaveLength(3); // the data, the fr catalogue, the player
  });

  test('uses relative URLs only (works from file:// and at any sub-path)', () => {
    const html = renderIndexHtml({ target: 'web', course: courseFixture() }, player, 'fr');
    const urls = [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1] ?? '');
    expect(urls).toEqual(['player-ab12cd34.css', 'i18n-fr-11111111.js', 'player-web-ab12cd34.js']);
    for (const url of urls) expect(url).not.toMatch(/^(?:[a-z]+:|\/)/i);
  });
});
