import { css } from 'lit';
import { actionStyles } from '../base/action.styles.js';

export const tipLineBannerStyles = [
  actionStyles,
  css`
    .root {
      position: relative;
      display: flex;
      flex-direction: column;
      gap: 0.75em;
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-inline-start: 6px solid var(--_accent);
    }
    /* Room for the close button, so text never runs under it. */
    .root--dismissible {
      padding-inline-end: calc(44px + var(--_space));
    }
    /* The bar: a full-width strip, its parts side by side where there is room and stacked where there is not. */
    .root--bar {
      flex-flow: row wrap;
      align-items: center;
      column-gap: 1.5em;
      border-radius: 0;
      border-inline: 0;
      border-block-end: 4px solid var(--_accent);
    }
    .root--bar .body {
      flex: 1 1 18em;
    }
    .heading {
      margin-block-end: 0.25em;
    }
    .root--bar .heading {
      font-size: 1.125em;
    }
    .note {
      margin-block-start: 0.25em;
      font-weight: 600;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em 1em;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .channel {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 0.125em;
      max-width: 100%;
    }
    /* In the bar, the source takes its own row under the actions. */
    .root--bar .source {
      flex-basis: 100%;
    }
    .emergency,
    .alternative {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25em 0.5em;
      font-weight: 700;
    }
    .emergency .action {
      background: var(--_danger);
      border-color: var(--_danger);
      color: var(--_on-danger);
    }
    /* The alternative is the second choice: an outlined action, so the line the page chose stays the main one. */
    .alternative .action {
      background: transparent;
      color: var(--_link);
    }
    .dismiss {
      position: absolute;
      inset-block-start: 4px;
      inset-inline-end: 4px;
      display: grid;
      place-items: center;
      width: 44px;
      height: 44px;
      padding: 0;
      border: 0;
      border-radius: var(--_radius);
      background: none;
      color: inherit;
      cursor: pointer;
    }
    .dismiss:hover {
      background: var(--_surface);
    }
    @media (forced-colors: active) {
      .emergency .action,
      .alternative .action {
        background: ButtonFace;
        border-color: LinkText;
        color: LinkText;
      }
      .dismiss {
        color: ButtonText;
      }
    }
    @media print {
      .dismiss {
        display: none;
      }
    }
  `,
];
