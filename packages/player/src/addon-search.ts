/**
 * The "search" add-on script: search across every page of a reading course (`dlis-search`). Built as its own
 * IIFE (`addon-search-<hash>.js`) and shipped with reading courses (`isReadingCourse`), but not loaded at start:
 * the player runs it the first time a reader opens the search (logic/lazy-addon.ts), so the core player and
 * readers who never search do not pay for it. It uses the player script's Lit and shared modules.
 */
import './components/dlis-search.ts';
