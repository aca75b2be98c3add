/**
 * The "blocks" add-on script: the content blocks beyond text and questions (image, callout, media, accordion, tabs,
 * key figures, quote, resources, glossary, checklist, tool sheet, variable choice). Built as its own IIFE (`addon-blocks-<hash>.js`) and
 * shipped only with courses that have one of these blocks (packager `courseAddons`); it uses the player
 * script's Lit and shared modules (lit-host.ts, addon-host.ts). Elements the page rendered before it ran
 * upgrade when it defines them.
 */
import './components/dlis-accordion.ts';
import './components/dlis-callout.ts';
import './components/dlis-checklist.ts';
import './components/dlis-definition.ts';
import './components/dlis-glossary.ts';
import './components/dlis-image.ts';
import './components/dlis-key-figures.ts';
import './components/dlis-media.ts';
import './components/dlis-quote.ts';
import './components/dlis-resources.ts';
import './components/dlis-tabs.ts';
import './components/dlis-tool-sheet.ts';
import './components/dlis-variable-choice.ts';
