// Entry point of the pshb command (see bin/pshb.js); the commands live in program.ts.
import { main } from './program.ts';

process.exitCode = await main(process.argv.slice(2));
