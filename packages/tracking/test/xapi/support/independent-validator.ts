import * as learningLocker from '@learninglocker/xapi-validation';

type Validate = (
  statement: unknown,
) => { path?: string[]; message?: string; constructor: { name: string } }[];

// CommonJS with `exports.default`: the function is the default export or its `default`, by interop.
const imported = learningLocker as unknown as { default: Validate | { default: Validate } };
const validate: Validate =
  typeof imported.default === 'function' ? imported.default : imported.default.default;

/**
 * What Learning Locker's statement validator (@learninglocker/xapi-validation, the root dev dependency the e2e
 * tests use too; independent of our profile and LRS) finds wrong in a statement; empty when it accepts it.
 */
export function independentProblems(statement: unknown): string[] {
  return validate(statement).map((w) => `${(w.path ?? []).join('.')}: ${w.constructor.name}`);
}
