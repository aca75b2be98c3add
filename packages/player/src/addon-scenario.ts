/**
 * The "scenario" add-on script: the branching scenario block (`dlis-scenario`). Built as its own IIFE
 * (`addon-scenario-<hash>.js`) and shipped only with courses that have a scenario block (packager
 * `courseAddons`); it uses the player script's Lit and shared modules (lit-host.ts, addon-host.ts). The
 * scenario state and scoring stay in the player (learner-state.ts, scenario-run.ts): results and tracking
 * work whether or not it is loaded.
 */
import './components/dlis-scenario.ts';
