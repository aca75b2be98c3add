import { css } from 'lit';

/**
 * Shared styles of every player component. Colours come from CSS custom properties set on `dlis-player`
 * (they inherit through shadow roots), so a theme is a stylesheet that sets them. Defaults give a contrast
 * of at least 4.5:1 on the background.
 */
export const baseStyles = css`
  :host {
    box-sizing: border-box;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--dlis-color-focus, #1a4f8b);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  button {
    font: inherit;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border: 2px solid var(--dlis-color-primary, #1a4f8b);
    border-radius: var(--dlis-radius, 0.375rem);
    background: var(--dlis-color-primary, #1a4f8b);
    color: var(--dlis-color-on-primary, #ffffff);
    cursor: pointer;
  }
  button.secondary {
    background: var(--dlis-color-background, #ffffff);
    color: var(--dlis-color-primary, #1a4f8b);
  }
  button:disabled {
    cursor: not-allowed;
    border-color: var(--dlis-color-muted, #595959);
    background: var(--dlis-color-surface, #f2f4f7);
    color: var(--dlis-color-muted, #595959);
  }
  a {
    color: var(--dlis-color-link, #1a4f8b);
  }
  img {
    max-width: 100%;
    height: auto;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media print {
    button {
      display: none;
    }
  }
`;

/** Styles of sanitised course HTML (Markdown output, prompts, captions). */
export const proseStyles = css`
  .prose {
    overflow-wrap: anywhere;
    line-height: 1.6;
  }
  .prose :is(h2, h3, h4, h5, h6) {
    line-height: 1.25;
    margin: 1.5em 0 0.5em;
  }
  .prose table {
    display: block;
    max-width: 100%;
    overflow-x: auto;
    border-collapse: collapse;
  }
  .prose :is(th, td) {
    border: 1px solid var(--dlis-color-border, #767676);
    padding: 0.25rem 0.5rem;
  }
  .prose pre {
    max-width: 100%;
    overflow-x: auto;
  }
  .prose > :first-child {
    margin-top: 0;
  }
  .prose > :last-child {
    margin-bottom: 0;
  }
`;
