/** Player bundle of SCORM 2004 packages that also report to an LRS (hybrid): SCORM 2004 (else local) + xAPI. */
import { createScorm2004Tracker, withXapiReporting } from '@dlis/tracking';
import { xapiCatalogs } from './i18n/xapi/xapi-catalogs.ts';
import { useXapiNews } from './logic/xapi-news.ts';
import { xapiNotice } from './logic/xapi-notice.ts';
import { useTracker } from './use-tracker.ts';

useXapiNews({ catalogs: xapiCatalogs, notice: xapiNotice });
useTracker(withXapiReporting(createScorm2004Tracker));
