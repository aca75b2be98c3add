/**
 * The agility add-on script (issue 6): the questionnaire and results elements, with @dlis/agility's scoring.
 * Built as its own IIFE (`addon-agility-<hash>.js`) and loaded after the player script only by courses with a
 * questionnaire block, so other courses do not carry it. It uses the Lit runtime of the player script
 * (lit-host.ts: `lit` is external, mapped to that global), so Lit ships once; `<dlis-questionnaire>` elements
 * rendered before it ran upgrade when it defines them.
 */
import './components/dlis-questionnaire.ts';
