import { css } from 'lit';

export const csecFactsStyles = css`
  /* Same specificity as the base .heading rule and later, so it wins without repeating the class. */
  [part='scope-heading'] {
    font-size: 1.0625em;
    margin-block: 1em 0.5em;
  }
  /* Our lists carry role="list", so dropping the markers keeps their semantics; .items puts its bullets back. */
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .facts {
    display: grid;
    gap: 0.75em;
    /* Figures sit side by side when there is room, one a row on a phone or in a narrow column. */
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 17em), 1fr));
  }
  /* Definitions are words: they read as text under thin rules, not as figure cards. */
  .facts--definitions {
    display: block;
  }
  .facts--definitions .fact {
    padding: 0.75em 0;
    border-width: 0 0 1px;
    border-radius: 0;
    background: none;
  }
  .facts--definitions .fact:first-child .statement {
    font-size: 1.125em;
  }
  .fact {
    display: flex;
    flex-flow: column;
    gap: 0.5em;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .fact--profile {
    grid-column: 1/-1;
  }
  .figure {
    overflow-wrap: normal;
    color: var(--_accent);
    font-size: 2em;
    font-weight: 800;
    line-height: 1.1;
  }
  .figure,
  .value {
    font-variant-numeric: tabular-nums;
  }
  .items {
    padding-inline-start: 1.25em;
    list-style: disc;
  }
  .items li+li {
    margin-block-start: 0.125em;
  }
  .caveat {
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid;
    border-radius: 4px;
    background: var(--_caveat-bg);
    color: var(--_caveat-text);
    font-size: 0.9375em;
  }
  .sources {
    /* Sources sit at the foot of each card, level across a row. */
    margin-block-start: auto;
    color: var(--_muted);
    font-size: 0.875em;
  }
  summary {
    padding-block: 0.375em;
    cursor: pointer;
    color: var(--_text);
  }
  .source,
  .note,
  th .caveat {
    margin-block-start: 0.25em;
  }
  .chart {
    width: 100%;
    border-collapse: collapse;
    /* Fixed columns: labels keep half the width however narrow the panel, and the bars take what is left. */
    table-layout: fixed;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: 0.25em;
  }
  /* Cells are vertically centred by the table's own defaults. */
  th,
  td {
    padding: 0.375em 0;
    text-align: start;
    border-block-end: 1px solid var(--_border);
  }
  thead th {
    color: var(--_muted);
    font-size: 0.8125em;
    font-weight: 600;
  }
  thead th:first-child {
    width: 50%;
  }
  tbody th {
    padding-inline-end: 0.75em;
    font-weight: normal;
    overflow-wrap: normal;
  }
  .cell {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  /* A flex item: it takes what the figure beside it leaves, and may shrink below the SVG's default width. Its own
     background is the bar's track. */
  .bar {
    flex: 1;
    background: var(--_bg);
    min-width: 0;
    height: 0.875em;
    outline: 1px solid var(--_border);
  }
  /* Bars grow from the start edge: the right in right-to-left scripts. */
  [dir='rtl'] .bar {
    transform: scaleX(-1);
  }
  .fill {
    fill: var(--_accent);
  }
  .value {
    min-width: 2.75em;
    text-align: end;
    font-weight: 700;
  }
  /* Borders take the system text colour by themselves; the chart opts out of forced colours, so it says its own. */
  @media (forced-colors: active) {
    .bar {
      outline-color: CanvasText;
      forced-color-adjust: none;
      background: Canvas;
    }
    .fill {
      fill: CanvasText;
    }
  }
`;
