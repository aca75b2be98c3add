import { resolve } from 'node:path';
import { openLrsStorage } from '@dlis/lrs';
import { EXIT, type CliIo, type ExitCode } from '../io.ts';

/** `dlis lrs stats`: what the LRS database holds. */
export function lrsStats(options: { db: string; json?: boolean }, io: CliIo): ExitCode {
  const storage = openLrsStorage({ db: resolve(io.cwd, options.db) });
  try {
    const stats = storage.stats();
    if (options.json) io.out(JSON.stringify(stats, null, 2));
    else {
      io.out(`statements: ${stats.statements} (${stats.voided} voided)`);
      io.out(`first stored: ${stats.firstStored ?? '-'}, last stored: ${stats.lastStored ?? '-'}`);
      io.out(`activities: ${stats.activities}, documents: ${stats.documents}, keys: ${stats.keys}`);
    }
    return EXIT.ok;
  } finally {
    storage.close();
  }
}
