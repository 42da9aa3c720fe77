#!/usr/bin/env node
// The `pshb` command: runs the TypeScript CLI through tsx so a checkout works right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
