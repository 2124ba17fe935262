import { css } from 'lit';

/** What the two list panels (hotlines, facts) share: their padding and the quiet loading / no-match notes. */
export const panelStyles = css`
  .root {
    padding: var(--_space);
  }
  /* Empty, it takes no room but stays in the accessibility tree, so the live region announces when text arrives. */
  .status:empty {
    margin: 0;
  }
  .status,
  .empty {
    color: var(--_muted);
    font-size: 0.875em;
    margin-block-end: 0.75em;
  }
`;
