/** Player bundle of web packages: the local adapter only (progress kept in the browser). */
import { createLocalTracker } from '@dlis/tracking';
import { useTracker } from './use-tracker.ts';

useTracker(createLocalTracker);
