import { css } from 'lit';

/**
 * The control is a 44 px button-like link at the inline end of its line. When sticky or fixed, the host spans the
 * line but lets clicks through (`pointer-events`) everywhere except on the control and the hint, so it never blocks
 * the page beneath. The Shift marks are a thin bar along the control's lower edge, so counting never moves it. The
 * shortcut needs a hardware keyboard: the hint stays in the control's description but shows only where a fine pointer
 * suggests one.
 *
 * The focus ring (light, dark and forced colors) is the theme's `a:focus-visible`; the hint's forced colours are the
 * browser's own (Canvas, CanvasText), so neither is repeated here.
 */
export const quickExitStyles = css`
  :host {
    position: sticky;
    top: var(--heat-quick-exit-offset, 0px);
    z-index: var(--heat-quick-exit-z-index, 1000);
    pointer-events: none;
  }
  :host([position='fixed']) {
    position: fixed;
    inset-inline-end: 0;
    max-width: 100%;
  }
  :host([position='static']) {
    position: static;
    pointer-events: auto;
  }

  .root {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: 4px 12px;
    padding: 8px;
  }

  .control {
    position: relative;
    pointer-events: auto;
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    min-width: 44px;
    max-width: 100%;
    padding: 0.5em 1em;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: var(--heat-quick-exit-background, var(--_danger));
    color: var(--heat-quick-exit-color, var(--_on-danger));
    font-weight: 700;
    line-height: 1.25;
    text-decoration: none;
  }
  .control:hover {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .progress {
    position: absolute;
    inset-inline: 10px;
    bottom: 4px;
    display: flex;
    gap: 3px;
    height: 4px;
  }
  .mark {
    flex: 1;
    border-radius: 2px;
    background: currentColor;
  }
  .mark:not(.on) {
    opacity: 0.3;
  }

  .hint {
    pointer-events: auto;
    padding: 2px 6px;
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_muted);
    font-size: 0.875em;
  }
  @media not all and (hover: hover) and (pointer: fine) {
    .hint {
      display: none;
    }
  }

  @media (forced-colors: active) {
    .control {
      forced-color-adjust: none;
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
  }

  @media print {
    :host {
      display: none !important;
    }
  }
`;

/**
 * The cover: a top-layer dialog over the whole window in the plain system window colour. Its host is reset with
 * `!important` (in a shadow root that wins over any page rule, `!important` or not), so the page cannot hide it.
 */
export const coverStyles = css`
  :host {
    all: initial !important;
  }
  /* The whole window: a minimum size wins over the browser's max-width and max-height for a modal dialog. */
  dialog {
    box-sizing: border-box;
    min-width: 100%;
    min-height: 100%;
    border: 0;
    color-scheme: light dark;
    outline: none;
  }
  dialog,
  ::backdrop {
    background: var(--heat-quick-exit-cover-color, Canvas);
  }
`;
