import * as learningLocker from '@learninglocker/xapi-validation';

type Validate = (
  statement: unknown,
) => { path?: string[]; message?: string; constructor: { name: string } }[];

// The package is CommonJS with `exports.default`; depending on the interop, the function is the default
// export or its `default` property.
const imported = learningLocker as unknown as { default: Validate | { default: Validate } };
const validate: Validate =
  typeof imported.default === 'function' ? imported.default : imported.default.default;

/**
 * Problems that Learning Locker's xAPI statement validator (@learninglocker/xapi-validation, independent of our
 * profile and of our LRS) finds in a statement, as `path: WarningClass`; empty when it accepts it. The one copy:
 * the tracking package's xAPI tests import it from here too (the validator is a root dev dependency).
 */
export function independentProblems(statement: unknown): string[] {
  return validate(statement).map((w) => `${(w.path ?? []).join('.')}: ${w.constructor.name}`);
}
