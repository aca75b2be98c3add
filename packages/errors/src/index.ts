export { DlisError, formatLocation } from './dlis-error.ts';
export type { DlisErrorOptions, ErrorJson, ErrorLocation } from './dlis-error.ts';
