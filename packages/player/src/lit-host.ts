/**
 * Exposes the Lit runtime the player script contains on `globalThis.DLIS_LIT`, for add-on scripts
 * (addon-agility.ts) whose build maps `lit` to this global instead of bundling a second copy.
 */
import * as lit from 'lit';
import { LIT_GLOBAL } from './host-globals.ts';

export { LIT_GLOBAL };

(globalThis as Record<string, unknown>)[LIT_GLOBAL] = lit;
