/**
 * Writes profile/dlis.jsonld from `dlisProfile` (src/dlis-profile.ts), the one source of the profile.
 * Run from the repository root: `node --import tsx packages/xapi-profile/build/write-profile.ts`.
 */
import { writeFileSync } from 'node:fs';
import { serializeProfile } from './serialize-profile.ts';

const target = new URL('../profile/dlis.jsonld', import.meta.url);
writeFileSync(target, serializeProfile());
