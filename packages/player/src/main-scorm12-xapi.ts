/** Player bundle of SCORM 1.2 packages that also report to an LRS (hybrid): SCORM 1.2 (else local) + xAPI. */
import { createScorm12Tracker, withXapiReporting } from '@dlis/tracking';
import { xapiCatalogs } from './i18n/xapi/xapi-catalogs.ts';
import { useXapiNews } from './logic/xapi-news.ts';
import { xapiNotice } from './logic/xapi-notice.ts';
import { useTracker } from './use-tracker.ts';

useXapiNews({ catalogs: xapiCatalogs, notice: xapiNotice });
useTracker(withXapiReporting(createScorm12Tracker));
