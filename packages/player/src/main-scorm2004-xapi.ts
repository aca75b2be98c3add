/** Player bundle of SCORM 2004 packages that also report to an LRS (hybrid): SCORM 2004 (else local) + xAPI. */
import { createScorm2004Tracker, withXapiReporting } from '@dlis/tracking';
import { useTracker } from './use-tracker.ts';

useTracker(withXapiReporting(createScorm2004Tracker));
