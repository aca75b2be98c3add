import { css } from 'lit';

/** Styles of the results page (`dlis-results`): summary, one card per question, the submit dialog. */
export const resultsStyles = css`
  :host {
    display: block;
  }
  h1 {
    font-size: var(--dlis-text-2xl);
    line-height: 1.2;
    margin: 0 0 var(--dlis-space-4);
  }
  h1:focus {
    outline: none;
  }
  h1:focus-visible {
    outline: 3px solid var(--dlis-color-focus);
  }
  h2 {
    font-size: var(--dlis-text-xl);
    margin: var(--dlis-space-6) 0 var(--dlis-space-3);
  }
  .summary {
    padding: var(--dlis-space-4);
    border-radius: var(--dlis-radius);
    border-inline-start: 0.375rem solid var(--dlis-color-success);
    background: var(--dlis-color-surface);
  }
  .summary.failed {
    border-color: var(--dlis-color-danger);
  }
  .summary p {
    margin: 0 0 var(--dlis-space-2);
  }
  .outcome {
    font-size: var(--dlis-text-lg);
    font-weight: 700;
  }
  .passed .verdict,
  .correct .status {
    color: var(--dlis-color-success);
  }
  .failed .verdict,
  .incorrect .status {
    color: var(--dlis-color-danger);
  }
  .recap {
    padding: 0;
    list-style: none;
    counter-reset: q;
  }
  .recap > li {
    counter-increment: q;
    margin: 0 0 var(--dlis-space-3);
    padding: var(--dlis-space-3) var(--dlis-space-4);
    border: 1px solid var(--dlis-color-border);
    border-radius: var(--dlis-radius);
    overflow-wrap: anywhere;
  }
  .recap > li::before {
    content: counter(q) '. ';
    font-weight: 700;
  }
  .recap p {
    margin: var(--dlis-space-1) 0 0;
  }
  .status {
    font-weight: 600;
  }
  dialog {
    max-width: min(34rem, calc(100vw - 2rem));
    padding: var(--dlis-space-5);
    border: 1px solid var(--dlis-color-border);
    border-radius: var(--dlis-radius);
    color: var(--dlis-color-text);
    background: var(--dlis-color-background);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  dialog h2 {
    margin-top: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--dlis-space-3);
    justify-content: flex-end;
  }
`;
