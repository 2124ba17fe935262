import { css } from 'lit';

/** Action links look like buttons: at least 44 by 44 px to touch, wrapping rather than overflowing at 320 px. */
export const actionStyles = css`
  /* Under an action: its hours, languages and notes; and a listing's source line. Quieter than the action. */
  .channel-details {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
  }
  .channel-details,
  .source {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .action {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.25em;
    min-height: 44px;
    min-width: 44px;
    max-width: 100%;
    padding: 0.5em 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
    text-decoration: none;
    text-align: center;
  }
  .action:hover {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .action--web,
  .action--email {
    background: transparent;
    color: var(--_link);
  }
  @media (forced-colors: active) {
    .action {
      border-color: LinkText;
      background: ButtonFace;
      color: LinkText;
      forced-color-adjust: none;
    }
  }
`;
