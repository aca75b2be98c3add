/**
 * Exposes the Lit runtime the player script contains on `globalThis.DLIS_LIT`, for add-on scripts
 * (addon-agility.ts) whose build maps `lit` to this global instead of bundling a second copy.
 */
import * as lit from 'lit';

/** Name of the global holding the `lit` module of the player script. */
export const LIT_GLOBAL = 'DLIS_LIT';

(globalThis as Record<string, unknown>)[LIT_GLOBAL] = lit;
