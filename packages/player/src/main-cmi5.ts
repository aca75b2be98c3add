/** Player bundle of cmi5 packages: the launch adapter (cmi5 launch, statements, State API), local without a launch. */
import { createLaunchTracker } from '@dlis/tracking';
import { xapiCatalogs } from './i18n/xapi/xapi-catalogs.ts';
import { useXapiNews } from './logic/xapi-news.ts';
import { xapiNotice } from './logic/xapi-notice.ts';
import { useTracker } from './use-tracker.ts';

useXapiNews({ catalogs: xapiCatalogs, notice: xapiNotice });
useTracker(createLaunchTracker);
