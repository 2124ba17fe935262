import { css } from 'lit';

/**
 * Theme tokens and the reset every element shares.
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
    --_border: var(--heat-color-border, #8a919c);
    --_surface: var(--heat-color-surface, #f3f5f8);
    --_accent: var(--heat-color-accent, #0b57a4);
    --_on-accent: var(--heat-color-on-accent, #ffffff);
    --_link: var(--heat-color-link, #0b57a4);
    --_focus: var(--heat-color-focus, #b34700);
    --_danger: var(--heat-color-danger, #a8201a);
    --_on-danger: var(--heat-color-on-danger, #ffffff);
    --_caveat-bg: var(--heat-color-caveat-background, #fff4d6);
    --_caveat-text: var(--heat-color-caveat-text, #4a3500);
    --_radius: var(--heat-radius, 8px);
    --_space: var(--heat-spacing, 16px);
    display: block;
    box-sizing: border-box;
  }

  /* Dark: on request, or following the reader's system setting unless the page asked for light. */
  :host([theme='dark']) {
    --_bg: var(--heat-color-background, #15171b);
    --_text: var(--heat-color-text, #eef0f3);
    --_muted: var(--heat-color-text-muted, #b9bfc8);
    --_border: var(--heat-color-border, #6d7480);
    --_surface: var(--heat-color-surface, #22262c);
    --_accent: var(--heat-color-accent, #9ccaff);
    --_on-accent: var(--heat-color-on-accent, #0a1a2e);
    --_link: var(--heat-color-link, #9ccaff);
    --_focus: var(--heat-color-focus, #ffb870);
    --_danger: var(--heat-color-danger, #ffb3ab);
    --_on-danger: var(--heat-color-on-danger, #3b0906);
    --_caveat-bg: var(--heat-color-caveat-background, #3a2f10);
    --_caveat-text: var(--heat-color-caveat-text, #ffe7a8);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_bg: var(--heat-color-background, #15171b);
      --_text: var(--heat-color-text, #eef0f3);
      --_muted: var(--heat-color-text-muted, #b9bfc8);
      --_border: var(--heat-color-border, #6d7480);
      --_surface: var(--heat-color-surface, #22262c);
      --_accent: var(--heat-color-accent, #9ccaff);
      --_on-accent: var(--heat-color-on-accent, #0a1a2e);
      --_link: var(--heat-color-link, #9ccaff);
      --_focus: var(--heat-color-focus, #ffb870);
      --_danger: var(--heat-color-danger, #ffb3ab);
      --_on-danger: var(--heat-color-on-danger, #3b0906);
      --_caveat-bg: var(--heat-color-caveat-background, #3a2f10);
      --_caveat-text: var(--heat-color-caveat-text, #ffe7a8);
    }
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
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

  .heading {
    margin: 0 0 0.5em;
    font-size: 1.25em;
    line-height: 1.3;
    font-weight: 700;
  }

  p {
    margin: 0;
  }

  a {
    color: var(--_link);
  }

  /* Every control that takes focus: links, buttons, summaries, and the list's picker (selects, checkboxes). */
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  /* Numbers and addresses read left to right in every script. */
  .ltr {
    direction: ltr;
    unicode-bidi: isolate;
    /* A phone number is read as one piece: never broken across lines. */
    white-space: nowrap;
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
