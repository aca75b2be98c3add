/** Player bundle of cmi5 packages: the launch adapter (cmi5 launch, statements, State API), local without a launch. */
import { createLaunchTracker } from '@dlis/tracking';
import { useTracker } from './use-tracker.ts';

useTracker(createLaunchTracker);
