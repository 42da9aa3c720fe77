#!/usr/bin/env node
// The `pshb` command. A Node.js that strips TypeScript's types itself (24 and later; the one npm's
// scripts run, from the `node` package) runs the sources as they are, without compiling them first;
// an older one goes through tsx, so a checkout works right after `npm ci` either way (ADR 20).
import process from 'node:process';

if (!process.features.typescript) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import('../src/cli/main.ts');
