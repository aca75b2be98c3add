/**
 * The "visual-b" add-on script: the process (timeline) and labelled graphic (hotspots) blocks. Built as its own
 * IIFE (`addon-visual-b-<hash>.js`) and shipped only with courses that have one of these blocks (packager
 * `courseAddons`, from each kind's `addon`); it uses the player script's Lit and shared modules (lit-host.ts,
 * addon-host.ts). Its UI strings are its own (i18n/visual-b).
 */
import './components/dlis-labelled-graphic.ts';
import './components/dlis-process.ts';
