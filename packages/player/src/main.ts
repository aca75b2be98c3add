/**
 * Entry with every adapter (createTracker picks by target): for development and preview. Packages ship one of
 * the per-target entries instead (main-scorm12.ts, main-scorm2004.ts, main-web.ts), each an IIFE that defines
 * the `dlis-*` elements and plugs in only the adapters its target can use.
 */
import { createTracker } from '@dlis/tracking';
import { useTracker } from './use-tracker.ts';

useTracker(createTracker);
