import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ensurePlayerBuild } from '../../build/player-build.ts';
import { xapiCatalogs } from '../../src/i18n/xapi/xapi-catalogs.ts';

// The xAPI status news (strings and rule) ship only in the player scripts that report over xAPI.
test('the xAPI news are in the cmi5, xapi and *-xapi scripts, in every UI language, and nowhere else', async () => {
  const build = await ensurePlayerBuild();
  const sent = Object.values(xapiCatalogs).map((messages) => messages.xapiSent);
  expect(sent).toHaveLength(5);
  for (const [target, file] of Object.entries(build.scripts)) {
    const code = await readFile(join(build.dir, file), 'utf8');
    const reportsOverXapi = target === 'cmi5' || target === 'xapi' || target.endsWith('-xapi');
    for (const text of sent) expect(code.includes(text), `${target}: ${text}`).toBe(reportsOverXapi);
    expect(code.includes('XAPI_E_UNREACHABLE'), target).toBe(reportsOverXapi);
  }
});
