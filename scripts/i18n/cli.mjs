#!/usr/bin/env node
// Runs scripts/i18n/main.ts (TypeScript, importing the bundled data) through Vite's module runner: no build step.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const { module } = await runnerImport(fileURLToPath(new URL('./main.ts', import.meta.url)), {
  configFile: false,
  logLevel: 'error',
});
process.exitCode = await module.main(process.argv.slice(2));
