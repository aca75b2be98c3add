// The names of the globals the player script sets for its add-on scripts: read by the add-ons' build (Node) too,
// which must not load the modules that set them (they run browser code).

/** Name of the global holding the `lit` module of the player script (lit-host.ts). */
export const LIT_GLOBAL = 'DLIS_LIT';

/** Name of the global holding the shared modules, by the key ADDON_HOST_MODULES gives each (addon-host.ts). */
export const ADDON_HOST_GLOBAL = 'DLIS_HOST';
