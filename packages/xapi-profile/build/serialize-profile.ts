import { dlisProfile } from '../src/dlis-profile.ts';

/** The profile document as written to profile/dlis.jsonld: 2-space JSON and a final newline. */
export function serializeProfile(): string {
  return `${JSON.stringify(dlisProfile, null, 2)}\n`;
}
