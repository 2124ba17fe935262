import { css } from 'lit';

/**
 * Theme tokens and the reset every element shares. The tokens only the panels use (borders, surfaces, accents, links,
 * caveats, spacing) and their heading and number styles are in `panel-theme.styles.ts`, so the quick exit's page does
 * not carry them.
 *
 * Public tokens are `--heat-*` custom properties; each maps onto a private `--_*` one so that light, dark and the
 * page's overrides meet in one place. Typography is set on the inner `.root`, not on `:host`, because a page's
 * global rules (`* { line-height: 1 }`) match the host element itself and would win over `:host`. Font size defaults
 * to `medium` (the reader's browser setting) and all sizes are in `em` or `px`, never `rem`, so a page with
 * `html { font-size: 62.5% }` cannot shrink us.
 */
export const themeStyles = css`
  :host {
    --_bg: var(--heat-color-background, #ffffff);
    --_text: var(--heat-color-text, #1b1d21);
    --_muted: var(--heat-color-text-muted, #4d535c);
    --_focus: var(--heat-color-focus, #b34700);
    --_danger: var(--heat-color-danger, #a8201a);
    --_on-danger: var(--heat-color-on-danger, #ffffff);
    --_radius: var(--heat-radius, 8px);
    display: block;
    box-sizing: border-box;
  }

  /* Dark: on request, or following the reader's system setting unless the page asked for light. */
  :host([theme='dark']) {
    --_bg: var(--heat-color-background, #15171b);
    --_text: var(--heat-color-text, #eef0f3);
    --_muted: var(--heat-color-text-muted, #b9bfc8);
    --_focus: var(--heat-color-focus, #ffb870);
    --_danger: var(--heat-color-danger, #ffb3ab);
    --_on-danger: var(--heat-color-on-danger, #3b0906);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_bg: var(--heat-color-background, #15171b);
      --_text: var(--heat-color-text, #eef0f3);
      --_muted: var(--heat-color-text-muted, #b9bfc8);
      --_focus: var(--heat-color-focus, #ffb870);
      --_danger: var(--heat-color-danger, #ffb3ab);
      --_on-danger: var(--heat-color-on-danger, #3b0906);
    }
  }

  :host([hidden]) {
    display: none !important;
  }

  /* No rule here gives a ::before or ::after content, so the reset need not reach them. */
  * {
    box-sizing: border-box;
  }

  .root {
    background: var(--_bg);
    color: var(--_text);
    font-family: var(--heat-font-family, inherit);
    font-size: var(--heat-font-size, medium);
    font-weight: normal;
    font-style: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-transform: none;
    overflow-wrap: anywhere;
    border-radius: var(--_radius);
  }

  a {
    color: var(--_link);
  }

  /* Every control that takes focus: links, buttons, summaries, and the list's picker (selects, checkboxes). */
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }

  @media (forced-colors: active) {
    .root {
      background: Canvas;
      color: CanvasText;
    }
    a {
      color: LinkText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
