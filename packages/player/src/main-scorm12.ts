/** Player bundle of SCORM 1.2 packages: the SCORM 1.2 adapter, and the local one when no LMS is found. */
import { createScorm12Tracker } from '@dlis/tracking';
import { useTracker } from './use-tracker.ts';

useTracker(createScorm12Tracker);
