// The manager's screens are read at a desk or on a tablet: wide tables that scroll sideways inside themselves rather
// than the page, numbers aligned, and pages that print without the navigation.
import { css } from 'lit';

export const managerScreen = css`
  .head { display: flex; flex-wrap: wrap; align-items: center; gap: 0.75rem; justify-content: space-between; }
  .head h1 { flex: 1 1 16rem; margin: 0; }
  .week-nav { display: flex; gap: 0.4rem; }
  .summary { font-size: 1.05rem; font-weight: 600; }
  .scroll { overflow-x: auto; margin: 0.5rem 0 1rem; }
  table { border-collapse: collapse; width: 100%; background: var(--paper, #fff); }
  caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
  th, td { padding: 0.45rem 0.5rem; border-bottom: 1px solid var(--line, #c4c4c4); vertical-align: top; text-align: left; }
  thead th { background: #eef2f7; font-size: 0.9rem; }
  td { font-variant-numeric: tabular-nums; }
  td.over { color: var(--bad, #b00020); font-weight: 700; }
  button.link { border: none; background: none; color: var(--brand, #1d4e89); text-decoration: underline; padding: 0.25rem;
    min-height: 44px; min-width: 44px; font-weight: 600; }
  button.link.short { color: var(--bad, #b00020); }
  @media print { .actions, .week-nav, team-picker, button:not(.link) { display: none; } }
`;
