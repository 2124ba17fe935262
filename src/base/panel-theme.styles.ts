import { css } from 'lit';

/**
 * The theme tokens and base styles of the elements with a heading (list, banner, facts); the quick exit does not use
 * them. Same rules as `theme.styles.ts`: each public `--heat-*` token maps onto a private `--_*` one, light, then dark on
 * request or following the reader's system setting unless the page asked for light.
 */
export const panelThemeStyles = css`
  :host {
    --_border: var(--heat-color-border, #8a919c);
    --_surface: var(--heat-color-surface, #f3f5f8);
    --_accent: var(--heat-color-accent, #0b57a4);
    --_on-accent: var(--heat-color-on-accent, #ffffff);
    --_link: var(--heat-color-link, #0b57a4);
    --_caveat-bg: var(--heat-color-caveat-background, #fff4d6);
    --_caveat-text: var(--heat-color-caveat-text, #4a3500);
    --_space: var(--heat-spacing, 16px);
  }
  :host([theme='dark']) {
    --_border: var(--heat-color-border, #6d7480);
    --_surface: var(--heat-color-surface, #22262c);
    --_accent: var(--heat-color-accent, #9ccaff);
    --_on-accent: var(--heat-color-on-accent, #0a1a2e);
    --_link: var(--heat-color-link, #9ccaff);
    --_caveat-bg: var(--heat-color-caveat-background, #3a2f10);
    --_caveat-text: var(--heat-color-caveat-text, #ffe7a8);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_border: var(--heat-color-border, #6d7480);
      --_surface: var(--heat-color-surface, #22262c);
      --_accent: var(--heat-color-accent, #9ccaff);
      --_on-accent: var(--heat-color-on-accent, #0a1a2e);
      --_link: var(--heat-color-link, #9ccaff);
      --_caveat-bg: var(--heat-color-caveat-background, #3a2f10);
      --_caveat-text: var(--heat-color-caveat-text, #ffe7a8);
    }
  }

  /* Bold by the browser's own h1-h6 rule. */
  .heading {
    margin: 0 0 0.5em;
    font-size: 1.25em;
    line-height: 1.3;
  }

  p {
    margin: 0;
  }

  /* Numbers and addresses read left to right in every script: each carries dir="ltr", which sets the direction. */
  .ltr {
    unicode-bidi: isolate;
    /* A phone number is read as one piece: never broken across lines. */
    white-space: nowrap;
  }
`;
