#!/usr/bin/env node
// Registers tsx so the CLI runs from the TypeScript sources (no build step).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/index.ts');
process.exitCode = await main(process.argv);
