import type { PlayerPayload } from '@dlis/course/compiled';
import {
  courseAddons,
  courseLazyAddons,
  courseStartAddons,
  playerFilesFor,
  type PlayerBuild,
} from './player-build.ts';

/** Element id of the embedded course data; the player reads it with `document.getElementById`. */
export const COURSE_DATA_ELEMENT_ID = 'dlis-course';

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

/**
 * JSON that is safe inside `<script type="application/json">`: `<`, `>` and `&` become `\u003c`, `\u003e`,
 * `\u0026`, so no `</script>` or `<!--` can ever close or confuse the element; U+2028/U+2029 are escaped too
 * (legal in JSON, line terminators for older JavaScript parsers). `JSON.parse` gives back the same value.
 */
export function toScriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * index.html of a package: the course is embedded as JSON (fetching course.json would fail from file://); the
 * UI catalogue scripts of the course languages, then the target's player script (its hybrid `<target>-xapi`
 * script when the payload has `xapi`), are classic deferred scripts
 * (module scripts do not load from file://; deferred scripts run in document order, so the catalogues are
 * registered before the player reads them). Every URL is relative,
 * so the package works from file:// and at any sub-path of an LMS. `lang` is the language of the page shell;
 * the title falls back to the course's default language when the course has no title in `lang`.
 */
export function renderIndexHtml(payload: PlayerPayload, player: PlayerBuild, lang: string): string {
  const course = payload.course;
  const title = course.title[lang] ?? course.title[course.defaultLanguage] ?? '';
  // Add-ons (issue 6: the agility questionnaire) run after the player script, whose Lit runtime they use. Those
  // the first screen needs (courseStartAddons) load with it; the player loads the others once it has painted.
  const addons = courseAddons(course);
  const start = new Set(courseStartAddons(course));
  const files = playerFilesFor(player, payload.target, course.languages, addons, {
    xapi: payload.xapi !== undefined,
    lazyAddons: courseLazyAddons(course),
    laterAddons: addons.filter((name) => !start.has(name)),
  });
  const later = files.laterAddons?.length
    ? `\n    <meta name="dlis-addons-later" content="${escapeHtml(files.laterAddons.map(relativeUrl).join(' '))}">`
    : '';
  // Add-ons run only when used (the search of reading courses): named here, loaded by the player on demand.
  const lazy = Object.entries(files.lazyAddons ?? {})
    .map(
      ([name, file]) =>
        `\n    <meta name="dlis-addon-${escapeHtml(name)}" content="${escapeHtml(relativeUrl(file))}">`,
    )
    .join('');
  const scripts = [...files.catalogs, files.script, ...(files.addons ?? [])]
    .map((file) => `\n    <script src="${escapeHtml(relativeUrl(file))}" defer></script>`)
    .join('');
  const stylesheet = player.stylesheet
    ? `\n    <link rel="stylesheet" href="${escapeHtml(relativeUrl(player.stylesheet))}">`
    : '';
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${escapeHtml(title)}</title>${stylesheet}${lazy}${later}
    <script type="application/json" id="${COURSE_DATA_ELEMENT_ID}">${toScriptSafeJson(payload)}</script>${scripts}
  </head>
  <body style="margin: 0">
    <dlis-player></dlis-player>
    <noscript>
      <p lang="fr">Ce cours a besoin de JavaScript. Activez JavaScript dans votre navigateur, puis rechargez la page.</p>
      <p lang="en">This course needs JavaScript. Turn on JavaScript in your browser, then reload the page.</p>
    </noscript>
  </body>
</html>
`;
}

/** A package-relative path as a relative URL: each segment percent-encoded, never absolute. */
function relativeUrl(path: string): string {
  return path
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.')
    .map(encodeURIComponent)
    .join('/');
}
