/**
 * The "visual-a" add-on script (issue 16, visual blocks): image and text side by side (`dlis-image-text`),
 * banner (`dlis-banner`) and flashcards (`dlis-flashcards`). Built as its own IIFE (`addon-visual-a-<hash>.js`)
 * and shipped only with courses that have one of these blocks (packager `courseAddons`); it uses the player
 * script's Lit and shared modules (lit-host.ts, addon-host.ts). Elements the page rendered before it ran
 * upgrade when it defines them.
 */
import './components/dlis-banner.ts';
import './components/dlis-flashcards.ts';
import './components/dlis-image-text.ts';
