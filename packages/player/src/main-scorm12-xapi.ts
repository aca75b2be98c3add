/** Player bundle of SCORM 1.2 packages that also report to an LRS (hybrid): SCORM 1.2 (else local) + xAPI. */
import { createScorm12Tracker, withXapiReporting } from '@dlis/tracking';
import { useTracker } from './use-tracker.ts';

useTracker(withXapiReporting(createScorm12Tracker));
