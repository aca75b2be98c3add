import { css } from 'lit';
import { baseStyles } from '../theme.ts';
import { themeDeclarations } from '../theme-tokens.ts';

/** Styles of the `dlis-player` shell: default theme tokens, header, layout, pager, status, print rules. */
export const playerStyles = [
  baseStyles,
  css`
    :host {
      ${themeDeclarations}
      --dlis-radius: 0.375rem;
      --dlis-font-family:
        system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif;
      /* The page fills the frame (the body has no margin, index.html) and no child margin leaks out of the
         host, so a short page is exactly the frame's height: no second scrollbar inside an LMS frame. */
      display: flow-root;
      min-height: 100vh;
      color: var(--dlis-color-text);
      background: var(--dlis-color-background);
      font-family: var(--dlis-font-family);
      font-size: 1rem;
      line-height: 1.5;
    }
    .skip {
      position: absolute;
      left: 0.5rem;
      top: -10rem;
      z-index: 10;
      padding: 0.5rem 1rem;
      background: var(--dlis-color-background);
    }
    .skip:focus {
      top: 0.5rem;
    }
    header {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem 1.5rem;
      align-items: center;
      padding: 0.75rem 1rem;
      border-bottom: 1px solid var(--dlis-color-border);
    }
    .logo {
      max-height: 3rem;
      width: auto;
    }
    .course-title {
      flex: 1 1 12rem;
      margin: 0;
      font-weight: 700;
      font-size: 1.125rem;
      overflow-wrap: anywhere;
    }
    .progress {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
    progress {
      width: 8rem;
      max-width: 100%;
      accent-color: var(--dlis-color-primary);
    }
    select {
      font: inherit;
      min-height: 2.75rem;
      max-width: 100%;
    }
    /* The contents stay in reach on every page: the menu sticks to the top of the window as the page scrolls
       (beside the page on wide screens, its "Contents" button above it on narrow ones). */
    dlis-nav {
      position: sticky;
      top: 0;
      align-self: start;
      max-height: 100vh;
      overflow-y: auto;
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(12rem, 18rem) minmax(0, 1fr);
      gap: 2rem;
      max-width: 75rem;
      margin: 0 auto;
      padding: 1rem;
    }
    main {
      min-width: 0;
      max-width: 48rem;
    }
    main:focus {
      outline: none;
    }
    .pager {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 1rem;
      margin-top: 2rem;
      padding-top: 1rem;
      border-top: 1px solid var(--dlis-color-border);
    }
    .status {
      margin: 0;
      padding: 0 1rem;
    }
    .status p {
      margin: 0.5rem 0;
      padding: 0.5rem 0.75rem;
      border-inline-start: 0.375rem solid var(--dlis-color-primary);
      background: var(--dlis-color-surface);
    }
    .status:empty {
      display: none;
    }
    .message {
      max-width: 48rem;
      margin: 2rem auto;
      padding: 0 1rem;
    }
    @media (max-width: 48rem) {
      .layout {
        grid-template-columns: minmax(0, 1fr);
        gap: 1rem;
      }
      dlis-nav {
        z-index: 2;
        margin: -0.5rem -1rem 0;
        padding: 0.5rem 1rem;
        background: var(--dlis-color-background);
        border-bottom: 1px solid var(--dlis-color-border);
      }
    }
    @media print {
      .skip,
      header .progress,
      header label,
      dlis-nav,
      dlis-reading-tools,
      .pager,
      .status {
        display: none;
      }
      .layout {
        display: block;
      }
      :host {
        min-height: 0;
      }
      :host([printing-sheet]) header {
        display: none;
      }
    }
  `,
];
