import { DlisError } from '@dlis/errors';

/** The command line itself is wrong (exit 2); thrown by option parsers and commands, rendered by runCli. */
export class UsageError extends DlisError<'CLI_E_USAGE'> {
  constructor(message: string) {
    super('CLI_E_USAGE', message);
  }
}
