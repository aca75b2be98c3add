import { UsageError } from '../usage-error.ts';

/**
 * A commander argument parser for option `name`: a positive integer in decimal digits, or a usage error. Lives with
 * the program (not the commands) so that declaring the options loads no command module.
 */
export function parsePositiveInteger(name: string): (value: string) => number {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n <= 0) {
      throw new UsageError(`${name} must be a positive integer, got "${value}".`);
    }
    return n;
  };
}
