// The look shared by every component: readable type, 44 px touch targets, visible focus, AA contrast.
import { css } from 'lit';

export const base = css`
  :host { display: block; color: var(--ink, #1a1a1a); }
  h1, h2, h3 { line-height: 1.2; margin: 0 0 0.5rem; }
  h1 { font-size: 1.4rem; }
  h2 { font-size: 1.15rem; }
  h3 { font-size: 1rem; }
  a { color: var(--brand, #1d4e89); }
  button, .button {
    font: inherit; min-height: 44px; padding: 0.5rem 1rem; border-radius: 6px; cursor: pointer;
    border: 1px solid var(--brand, #1d4e89); background: var(--paper, #fff); color: var(--brand, #1d4e89);
    display: inline-flex; align-items: center; justify-content: center; gap: 0.4rem; text-decoration: none;
  }
  button.primary, .button.primary { background: var(--brand, #1d4e89); color: var(--brand-ink, #fff); }
  button.danger { border-color: var(--bad, #b00020); color: var(--bad, #b00020); }
  button:disabled { opacity: 0.6; cursor: default; }
  :focus-visible { outline: 3px solid var(--focus, #ffbf47); outline-offset: 2px; }
  label { display: block; font-weight: 600; margin: 0.75rem 0 0.25rem; }
  input, select, textarea {
    font: inherit; width: 100%; box-sizing: border-box; min-height: 44px; padding: 0.4rem 0.5rem;
    border: 1px solid #767676; border-radius: 6px; background: #fff; color: inherit;
  }
  textarea { min-height: 5rem; }
  input[type='checkbox'], input[type='radio'] { width: auto; min-height: auto; margin: 0 0.5rem 0 0; transform: scale(1.3); }
  fieldset { border: 1px solid var(--line, #c4c4c4); border-radius: 6px; margin: 0.75rem 0; padding: 0.5rem 0.75rem; }
  legend { font-weight: 600; padding: 0 0.25rem; }
  .check { display: flex; align-items: center; font-weight: 400; margin: 0.4rem 0; min-height: 44px; }
  .card { background: var(--paper, #fff); border: 1px solid var(--line, #c4c4c4); border-radius: 8px; padding: 0.75rem; margin: 0 0 0.75rem; }
  .muted { color: var(--muted, #4d4d4d); }
  .small { font-size: 0.875rem; }
  .row { display: flex; gap: 0.5rem; flex-wrap: wrap; align-items: center; }
  .row > * { flex: 1 1 8rem; }
  .actions { display: flex; gap: 0.5rem; flex-wrap: wrap; margin-top: 0.75rem; }
  .error { color: var(--bad, #b00020); font-weight: 600; margin: 0.25rem 0; }
  .notice { background: #fff4e5; border: 1px solid var(--warn, #8a4b00); color: #5c3200; border-radius: 6px; padding: 0.5rem 0.75rem; margin: 0.5rem 0; }
  .ok { background: #e8f5ec; border: 1px solid var(--good, #1b6b32); color: #0f3d1c; border-radius: 6px; padding: 0.5rem 0.75rem; margin: 0.5rem 0; }
  .badge { display: inline-block; border-radius: 999px; padding: 0.1rem 0.6rem; font-size: 0.8rem; font-weight: 600; background: #e6e6e6; color: #1a1a1a; }
  .badge.good { background: #d7efdd; color: #0f3d1c; }
  .badge.warn { background: #ffe8c7; color: #5c3200; }
  .badge.bad { background: #fbd5db; color: #6d0014; }
  ul.plain, ol.plain { list-style: none; padding: 0; margin: 0; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
