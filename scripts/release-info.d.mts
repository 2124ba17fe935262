import type { Plugin } from 'vite';
export function releaseInfo(): Plugin;
