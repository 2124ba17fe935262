#!/usr/bin/env node
/** The `heat-widgets` command (package `bin`). See `validate-command.ts`. */
import { main } from './validate-command.js';

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 3;
  },
);
