// Entry point of the pshb command (see bin/pshb.js); the commands live in program.ts.
import { main } from './program.ts';

// The one place the command line reads its environment (docs/configuration.md).
process.exitCode = await main(process.argv.slice(2), process.env);
