import type { CSSResultGroup } from 'lit';
import { property } from './decorators.js';
import { HeatElement } from './heat-element.js';
import { toHeadingLevel, type HeadingLevel } from './heading.js';
import { panelThemeStyles } from './panel-theme.styles.js';

/** An element with a heading (every one but the quick exit), at a level the host page chooses. */
export class HeatHeadedElement extends HeatElement {
  static override styles: CSSResultGroup = [HeatElement.styles, panelThemeStyles];

  /** Level (1-6) of the element's heading; the host page owns its outline. Sub-headings use the next level. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel: number = 2;

  protected get level(): HeadingLevel {
    return toHeadingLevel(this.headingLevel);
  }

  protected get subLevel(): HeadingLevel {
    return Math.min(6, this.level + 1) as HeadingLevel;
  }
}
