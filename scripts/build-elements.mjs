#!/usr/bin/env node
/**
 * Writes the per-element scripts: first the core chunk they share (`vite build --mode core`, see src/core.ts), then
 * one script per element (`vite build --mode element:<tag>`), each importing that core chunk. Run after `vite build`
 * (which empties dist/); `npm run build` does both.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ELEMENT_ENTRIES } from './element-entries.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// A core chunk left by an earlier build would make two candidates; the element builds need exactly this one.
const chunks = join(root, 'dist', 'chunks');
for (const name of readdirSync(chunks)) if (/^core-[\w-]+\.js(\.map)?$/.test(name)) rmSync(join(chunks, name));

for (const mode of ['core', ...ELEMENT_ENTRIES.map(([, tag]) => `element:${tag}`)]) {
  const result = spawnSync('npx', ['vite', 'build', '--mode', mode, '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
