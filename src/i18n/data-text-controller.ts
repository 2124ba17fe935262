import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DataTextPart } from './data-text.js';
import { activeLocale } from './localization.js';
import { requireDataText } from './data-text-loading.js';

/**
 * For an element that shows data text: before each render, makes sure its part (`core` for lines, `facts`) is loaded
 * for the active locale, and renders again once it is. Until then the text falls back to English, as any missing
 * translation does. Pages without a facts element never download the fact text; an element whose script arrives
 * after the page switched language catches up here.
 *
 * ```ts
 * private readonly factsText = new DataTextController(this, 'facts');
 * ```
 */
export class DataTextController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly part: DataTextPart,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    requireDataText(this.part, activeLocale())?.then(
      () => this.host.requestUpdate(),
      () => undefined,
    );
  }
}
