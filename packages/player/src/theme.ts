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
  /* A ring in the focus colour, off the element, so it shows on filled buttons as on text. */
  :focus-visible {
    outline: 3px solid var(--dlis-color-focus);
    outline-offset: 3px;
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
    padding: 0.5rem 1.25rem;
    border: 2px solid var(--dlis-color-primary);
    border-radius: var(--dlis-radius);
    font-weight: 600;
    background: var(--dlis-color-primary);
    color: var(--dlis-color-on-primary);
    cursor: pointer;
  }
  button.secondary {
    background: var(--dlis-color-background);
    color: var(--dlis-color-primary);
  }
  button:disabled {
    cursor: not-allowed;
    border-color: var(--dlis-color-muted);
    background: var(--dlis-color-surface);
    color: var(--dlis-color-muted);
  }
  a {
    color: var(--dlis-color-link);
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

/** The frame of a block element: a block box with the space between blocks, and the block's own title (h2). */
export const blockFrameStyles = css`
  :host {
    display: block;
    margin: var(--dlis-space-5) 0;
  }
  h2 {
    margin: 0 0 var(--dlis-space-2);
    font-size: var(--dlis-text-xl);
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
  .prose h2 {
    font-size: var(--dlis-text-xl);
  }
  .prose h3 {
    font-size: var(--dlis-text-lg);
  }
  .prose table {
    display: block;
    max-width: 100%;
    overflow-x: auto;
    border-collapse: collapse;
  }
  .prose :is(th, td) {
    border: 1px solid var(--dlis-color-border);
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
