import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DataTextPart } from './data-text.js';
import { activeLocale } from './localization.js';
import { requireDataText } from './locale-loaders.js';

/**
 * For an element that shows an optional part of the data text (`facts`): before each render, makes sure that part
 * is loaded for the active locale, and renders again once it is. Until then the text falls back to English, as any
 * missing translation does. Pages without such an element never download that part.
 *
 * ```ts
 * private readonly factsText = new DataTextController(this, 'facts');
 * ```
 */
export class DataTextController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly part: Exclude<DataTextPart, 'core'>,
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
