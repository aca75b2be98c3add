import { ProfileIri } from './iris.ts';
import type { LanguageMap } from './xapi-statement.ts';

/** @internal The profile version every concept, template and pattern is `inScheme` of. */
export const inScheme = ProfileIri.version;

/** @internal A language map in the profile's two languages. */
export const lm = (en: string, fr: string): LanguageMap => ({ en, fr });
