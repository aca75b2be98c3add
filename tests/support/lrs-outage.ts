// What the outage tests share (cmi5 and xAPI launches with `dlis lrs serve` killed and started again): waiting for
// the statements the player sends once the LRS is back.
import { expect } from 'vitest';
import type { Statement } from '@dlis/xapi-profile';
import type { DlisLrsProcess } from './dlis-lrs-process.ts';

/** The statements of a registration once `until` holds for them (read only while the LRS runs). */
export async function statementsWhen(
  lrs: DlisLrsProcess,
  registration: string,
  until: (statements: Statement[]) => boolean,
): Promise<Statement[]> {
  let statements: Statement[] = [];
  await expect
    .poll(
      async () => {
        statements = lrs.running() ? await lrs.statements({ registration }) : [];
        return until(statements);
      },
      { timeout: 120_000, interval: 1000 },
    )
    .toBe(true);
  return statements;
}

/** Runs `offline` with the LRS killed, then starts it again (also when `offline` fails). */
export async function whileLrsDown<T>(lrs: DlisLrsProcess, offline: () => Promise<T>): Promise<T> {
  await lrs.kill();
  try {
    return await offline();
  } finally {
    await lrs.restart();
  }
}
