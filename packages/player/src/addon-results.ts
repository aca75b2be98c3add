/**
 * The "results" add-on script: the assessment results page and its submit confirmation (`dlis-results`).
 * Built as its own IIFE (`addon-results-<hash>.js`) and shipped only with courses that have an assessment
 * (packager `courseAddons`), so courses without one do not download it and the core player stays in budget.
 */
import './components/dlis-results.ts';
