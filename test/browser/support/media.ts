/** Media emulation that includes forced colors (see emulate-media-plugin.mjs for why the runner's own does not). */
import { executeServerCommand } from '@web/test-runner-commands';

export interface MediaSettings {
  colorScheme?: 'light' | 'dark' | 'no-preference';
  reducedMotion?: 'reduce' | 'no-preference';
  forcedColors?: 'active' | 'none';
  media?: 'screen' | 'print';
}

export function emulateMedia(settings: MediaSettings): Promise<unknown> {
  return executeServerCommand('heat-emulate-media', settings);
}
