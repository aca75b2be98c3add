/** Player bundle of SCORM 2004 packages: the SCORM 2004 adapter, and the local one when no LMS is found. */
import { createScorm2004Tracker } from '@dlis/tracking';
import { useTracker } from './use-tracker.ts';

useTracker(createScorm2004Tracker);
