/** Player bundle of xAPI packages (tincan.xml, "Tin Can launch"): the launch adapter, local without a launch. */
import { createLaunchTracker } from '@dlis/tracking';
import { useTracker } from './use-tracker.ts';

useTracker(createLaunchTracker);
