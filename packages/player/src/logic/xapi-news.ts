import type { LanguageTag } from '@dlis/course/compiled';
import type { QueueStatus } from '@dlis/tracking';
import type { XapiMessageKey, XapiMessages } from '../i18n/xapi/xapi-messages.ts';

/** What the player scripts that report over xAPI plug in to tell the learner about their statements. */
export interface XapiNews {
  /** The xAPI news catalogues, by language tag (i18n/xapi/xapi-catalogs.ts). */
  catalogs: Readonly<Record<LanguageTag, XapiMessages>>;
  /** The rule from a queue status to the news shown (logic/xapi-notice.ts). */
  notice: (queue: QueueStatus, shown: XapiMessageKey | undefined) => XapiMessageKey | undefined;
}

// Only the xAPI entries (main-cmi5, main-xapi, main-*-xapi, main) register the news, so the SCORM and web player
// scripts of packages without xAPI carry neither the strings nor the rule (their trackers never send such news).
let registered: XapiNews | undefined;

/** Plugs the xAPI news in; called once by the xAPI player entries (and by tests). */
export function useXapiNews(news: XapiNews): void {
  registered = news;
}

/** The news to show after a queue status, given the one shown now; unchanged when no news are plugged in. */
export function nextXapiNotice(
  queue: QueueStatus,
  shown: XapiMessageKey | undefined,
): XapiMessageKey | undefined {
  return registered ? registered.notice(queue, shown) : shown;
}

/**
 * The xAPI news strings for a content language: same tag, else same primary subtag, else English (the rule of
 * messagesFor); undefined when no news are plugged in.
 */
export function xapiMessagesFor(lang: LanguageTag): XapiMessages | undefined {
  const catalogs = registered?.catalogs;
  if (!catalogs) return undefined;
  const primary = lang.toLowerCase().split('-')[0] ?? '';
  return catalogs[lang] ?? catalogs[primary] ?? catalogs['en'];
}
