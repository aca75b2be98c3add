import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Whether the player's xAPI runtime (issue 5, helper H1: packages/tracking's cmi5/xAPI adapters and the player's
 * cmi5 and xapi entries) is in the tree. The end-to-end tests of the cmi5, xapi and hybrid modes need it; without
 * it they are skipped, with this as the reason.
 */
export const XAPI_RUNTIME_PRESENT = ['main-cmi5.ts', 'main-xapi.ts'].every((file) =>
  existsSync(fileURLToPath(new URL(`../../packages/player/src/${file}`, import.meta.url))),
);
