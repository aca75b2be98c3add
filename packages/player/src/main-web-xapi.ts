/** Player bundle of web packages that also report to an LRS (hybrid): the local adapter + xAPI. */
import { createLocalTracker, withXapiReporting } from '@dlis/tracking';
import { useTracker } from './use-tracker.ts';

useTracker(withXapiReporting(createLocalTracker));
