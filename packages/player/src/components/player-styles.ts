import { css } from 'lit';
import { baseStyles } from '../theme.ts';
import { darkDeclarations, scaleDeclarations, themeDeclarations } from '../theme-tokens.ts';

/**
 * Styles of the `dlis-player` shell: the design tokens (colours, type and spacing scales, dark colours for
 * courses without a theme), header (one line on phones: menu, progress, options), layout, pager, status,
 * print rules.
 */
export const playerStyles = [
  baseStyles,
  css`
    :host {
      ${themeDeclarations}
      ${scaleDeclarations}
      --dlis-font-family:
        system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif;
      /* The page fills the frame (the body has no margin, index.html) and no child margin leaks out of the
         host, so a short page is exactly the frame's height: no second scrollbar inside an LMS frame. */
      display: flow-root;
      min-height: 100vh;
      color: var(--dlis-color-text);
      background: var(--dlis-color-background);
      font-family: var(--dlis-font-family);
      font-size: var(--dlis-text-base);
      line-height: 1.5;
    }
    @media (prefers-color-scheme: dark) {
      :host(:not([course-theme])) {
        ${darkDeclarations}
        color-scheme: dark;
      }
    }
    .skip {
      position: absolute;
      left: var(--dlis-space-2);
      top: -10rem;
      z-index: 10;
      padding: var(--dlis-space-2) var(--dlis-space-4);
      background: var(--dlis-color-background);
    }
    .skip:focus {
      top: var(--dlis-space-2);
    }
    header {
      display: flex;
      flex-wrap: wrap;
      gap: var(--dlis-space-3) var(--dlis-space-5);
      align-items: center;
      padding: var(--dlis-space-3) var(--dlis-space-4);
      border-bottom: 1px solid var(--dlis-color-border);
      background: var(--dlis-color-surface);
    }
    .logo {
      max-height: 2.75rem;
      width: auto;
    }
    .course-title {
      flex: 1 1 12rem;
      margin: 0;
      font-weight: 700;
      font-size: var(--dlis-text-lg);
      line-height: 1.3;
      overflow-wrap: anywhere;
    }
    .progress,
    .tools {
      display: flex;
      flex-wrap: wrap;
      gap: var(--dlis-space-2) var(--dlis-space-4);
      align-items: center;
    }
    .progress span {
      font-size: var(--dlis-text-sm);
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
      margin-inline-start: var(--dlis-space-2);
    }
    .menu-toggle,
    .more-toggle {
      display: none;
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
      grid-template-columns: minmax(12rem, 17rem) minmax(0, 1fr);
      gap: var(--dlis-space-6);
      max-width: 75rem;
      margin: 0 auto;
      padding: var(--dlis-space-5) var(--dlis-space-4);
    }
    main {
      min-width: 0;
      max-width: 46rem;
    }
    main:focus {
      outline: none;
    }
    .pager {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: var(--dlis-space-4);
      margin-top: var(--dlis-space-6);
      padding-top: var(--dlis-space-4);
      border-top: 1px solid var(--dlis-color-border);
    }
    .status {
      max-width: 75rem;
      margin: 0 auto;
      padding: 0 var(--dlis-space-4);
    }
    .status p {
      display: flex;
      flex-wrap: wrap;
      gap: var(--dlis-space-2) var(--dlis-space-4);
      align-items: center;
      justify-content: space-between;
      margin: var(--dlis-space-3) 0 0;
      padding: var(--dlis-space-2) var(--dlis-space-3);
      border-inline-start: 0.375rem solid var(--dlis-color-primary);
      background: var(--dlis-color-surface);
    }
    .status:empty {
      display: none;
    }
    .message {
      max-width: 48rem;
      margin: var(--dlis-space-6) auto;
      padding: 0 var(--dlis-space-4);
    }
    /* Phones: menu, progress and options; the course title is on the cover of the first page. The header sticks
       to the top so its "Contents" button stays in reach on long pages (issue 14). */
    @media (max-width: 48rem) {
      header {
        gap: var(--dlis-space-2);
        padding: var(--dlis-space-2) var(--dlis-space-3);
        position: sticky;
        top: 0;
        z-index: 3;
      }
      .menu-toggle {
        display: inline-block;
      }
      .course-title {
        display: none;
      }
      .progress {
        flex: 1 1 5rem;
        gap: var(--dlis-space-1) var(--dlis-space-2);
      }
      progress {
        width: 4rem;
        flex: 1 1 3rem;
      }
      .layout {
        grid-template-columns: minmax(0, 1fr);
        gap: var(--dlis-space-4);
        padding: var(--dlis-space-4) var(--dlis-space-3);
      }
      .status {
        padding: 0 var(--dlis-space-3);
      }
      dlis-nav {
        position: static;
        max-height: none;
        /* Edge to edge over the layout's side padding (space-3 here): wider would scroll at 320 px. */
        margin: -0.5rem -0.75rem 0;
        padding: 0.5rem 0.75rem;
        background: var(--dlis-color-background);
        border-bottom: 1px solid var(--dlis-color-border);
      }
    }
    /* Small phones (600 px and less): one line, "Contents", progress, "More"; language and Exit open under the
       header from "More" (issue 16). */
    @media (max-width: 37.5rem) {
      header {
        flex-wrap: nowrap;
      }
      header button {
        padding-inline: var(--dlis-space-3);
      }
      .logo {
        display: none;
      }
      .progress {
        flex-wrap: nowrap;
        min-width: 0;
      }
      progress {
        min-width: 1.5rem;
      }
      .more-toggle {
        display: inline-block;
      }
      .tools {
        display: none;
      }
      .tools.open {
        display: flex;
        position: absolute;
        top: 100%;
        left: 0;
        right: 0;
        padding: var(--dlis-space-3);
        border-bottom: 1px solid var(--dlis-color-border);
        background: var(--dlis-color-surface);
      }
    }
    @media print {
      .skip,
      header .progress,
      header .tools,
      .more-toggle,
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
