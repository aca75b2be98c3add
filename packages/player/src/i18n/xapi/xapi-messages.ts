import type { fr } from './fr.ts';

/** The keys of the xAPI status news (logic/xapi-notice.ts picks one); xapi/fr.ts is the reference. */
export type XapiMessageKey = keyof typeof fr;

/** An xAPI news catalogue: exactly the keys of xapi/fr.ts. */
export type XapiMessages = Record<XapiMessageKey, string>;
