import { LitElement, type CSSResultGroup, type PropertyDeclaration } from 'lit';
import { property } from './decorators.js';
import { updateWhenLocaleChanges } from '@lit/localize';
import { activeLocale, isRtl } from '../i18n/localization.js';
import { VERSION } from './define.js';
import { themeStyles } from './theme.styles.js';
import { warnOnce } from './warn-once.js';

export type Theme = 'light' | 'dark' | 'auto';

/**
 * What every heat-widgets element shares: theme, locale and direction.
 * Subclasses re-render when the locale changes (done here, so no element can forget it).
 */
export class HeatElement extends LitElement {
  static version = VERSION;
  static override styles: CSSResultGroup = [themeStyles];

  /** Colour scheme: `light`, `dark`, or `auto` to follow the reader's system setting. */
  @property({ reflect: true }) theme: Theme = 'auto';

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /**
   * No value a page script sets can break an element. A string, number, boolean or URL object is taken (as its string,
   * `el.href = new URL(…)`, `el.line = 988`, except where the property is a number or a boolean); null and undefined
   * as they are; anything else (an object, an array, a symbol, a function) is ignored with one console warning, and
   * the property keeps its value.
   *
   * @internal Lit's hook for property accessors, not part of the elements' API.
   */
  static override getPropertyDescriptor(name: PropertyKey, key: string | symbol, options: PropertyDeclaration) {
    const descriptor = super.getPropertyDescriptor(name, key, options)!;
    const set = descriptor.set!;
    if (!options.state) {
      descriptor.set = function (this: HeatElement, value: unknown) {
        const warning = `heat-widgets: <${this.localName}>.${name as string} ignored a `;
        if (typeof value == 'symbol' || (Object(value) === value && !(value instanceof URL))) warnOnce(warning, warning + typeof value);
        // As a property's own type makes it: String, Number or Boolean.
        else set.call(this, value == null ? value : ((options.type as (value: unknown) => unknown) ?? String)(value));
      };
    }
    return descriptor;
  }

  /** The active locale, for data text and `Intl` formatting. */
  protected get locale(): string {
    return activeLocale();
  }

  /** `rtl` or `ltr` for the active locale; set on the inner root so layout mirrors through logical properties. */
  protected get textDirection(): 'rtl' | 'ltr' {
    return isRtl(this.locale) ? 'rtl' : 'ltr';
  }
}
