#!/usr/bin/env node
// Runs the compiled CLI (dist/) when it was built from the current sources,
// otherwise the TypeScript sources through tsx (no build needed, slower start).
import { isCompiledFresh } from './compiled.js';

let cli;
if (isCompiledFresh()) {
  cli = await import('../dist/cli/index.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import('../src/cli/index.ts');
}
process.exitCode = await cli.main(process.argv);
