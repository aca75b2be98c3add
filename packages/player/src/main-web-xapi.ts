/** Player bundle of web packages that also report to an LRS (hybrid): the local adapter + xAPI. */
import { createLocalTracker, withXapiReporting } from '@dlis/tracking';
import { xapiCatalogs } from './i18n/xapi/xapi-catalogs.ts';
import { useXapiNews } from './logic/xapi-news.ts';
import { xapiNotice } from './logic/xapi-notice.ts';
import { useTracker } from './use-tracker.ts';

useXapiNews({ catalogs: xapiCatalogs, notice: xapiNotice });
useTracker(withXapiReporting(createLocalTracker));
