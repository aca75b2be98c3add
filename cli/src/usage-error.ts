/** The command line itself is wrong (exit 2); thrown by option parsers and commands, rendered by runCli. */
export class UsageError extends Error {}
