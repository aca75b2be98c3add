/**
 * Entry with every adapter (createTracker picks by target): for development and preview. Packages ship one of
 * the per-target entries instead (main-scorm12.ts, main-scorm2004.ts, main-web.ts), each an IIFE that defines
 * the `dlis-*` elements and plugs in only the adapters its target can use.
 */
import { createTracker } from '@dlis/tracking';
import { xapiCatalogs } from './i18n/xapi/xapi-catalogs.ts';
import { useXapiNews } from './logic/xapi-news.ts';
import { xapiNotice } from './logic/xapi-notice.ts';
import { useTracker } from './use-tracker.ts';
// Development and preview serve sources: the add-ons are part of this entry.
import './addon-agility.ts';
import './addon-blocks.ts';
import './addon-conditional.ts';
import './addon-cover.ts';
import './addon-questions.ts';
import './addon-reading.ts';
import './addon-results.ts';
import './addon-scenario.ts';
import './addon-search.ts';

useXapiNews({ catalogs: xapiCatalogs, notice: xapiNotice });
useTracker(createTracker);
