import { css } from 'lit';

/** What the two list panels (hotlines, facts) share: their padding and the quiet loading / no-match notes. */
export const panelStyles = css`
  .root {
    padding: var(--_space);
  }
  .status:empty {
    display: none;
  }
  .status,
  .empty {
    color: var(--_muted);
    font-size: 0.875em;
    margin-block-end: 0.75em;
  }
`;
