#!/usr/bin/env node
// Entry point of the `dlis` command. The toolkit runs from its TypeScript sources through tsx,
// so there is no build step between editing a package and using it.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
