import { css } from 'lit';
import { actionStyles } from '../base/action.styles.js';
import { panelStyles } from '../base/panel.styles.js';

export const hotlineListStyles = [
  actionStyles,
  panelStyles,
  css`
    .list,
    .actions {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .list {
      display: grid;
      gap: 0.75em;
    }
    /* Long partner lists only: the browser lays out and paints just the listings near the viewport (they stay in the
       accessibility tree and find-in-page); 1,000 listings lay out about 10 times faster (npm run bench). Short lists
       keep real sizes, so nothing jumps and contrast checkers see the real background. */
    .list--long > .item {
      content-visibility: auto;
      contain-intrinsic-size: auto 12em;
    }
    .item {
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .item--emergency {
      border-inline-start: 6px solid var(--_danger);
    }
    .item .heading {
      font-size: 1.125em;
      margin-block-end: 0.25em;
    }
    .description {
      margin-block-end: 0.5em;
    }
    .note {
      margin-block-end: 0.5em;
      padding-inline-start: 0.75em;
      border-inline-start: 3px solid var(--_border);
      font-weight: 600;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em 1em;
      margin-block: 0.5em;
    }
    .channel {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 0.25em;
      max-width: 100%;
    }
    .item--emergency .action--call {
      background: var(--_danger);
      border-color: var(--_danger);
      color: var(--_on-danger);
    }
    .source {
      margin-block-start: 0.5em;
    }
    @media (forced-colors: active) {
      .item,
      .item--emergency {
        border-color: CanvasText;
      }
      .item--emergency .action--call {
        background: ButtonFace;
        border-color: LinkText;
        color: LinkText;
      }
    }
    @media print {
      .action {
        background: none;
        color: inherit;
        border: 1px solid;
      }
    }
  `,
];
