import type { RandomSource } from '@dlis/xapi-profile';
import type { BackoffOptions, RetryTimers } from '@dlis/xapi-profile';
import type { KeyValueStore } from './key-value-store.ts';
import type { XapiCourse } from './xapi-course.ts';

/**
 * xAPI reporting of a tracker (`TrackerOptions.xapi`), from the package's `PlayerPayload.xapi` plus the course.
 * For the cmi5 and xapi targets the launch names the LRS and the learner; for scorm12, scorm2004 and web it is
 * hybrid reporting, on only when credentials are found: `authorization` (embedded write-only key) or `auth` in
 * the launch URL, with `endpoint` from the launch URL or here.
 */
export interface XapiTrackingOptions {
  /** LRS endpoint; a launch's `endpoint` wins. */
  endpoint?: string;
  /** `Basic …` of an embedded write-only key; a launch's `auth` wins. */
  authorization?: string;
  /** 'pseudonymous' (default rule): an account, no name or e-mail; 'named': name and e-mail when the launch gives them. */
  identity: 'pseudonymous' | 'named';
  /** The compiled course (titles and blocks name the activities). */
  course: XapiCourse;
  /** The URL the package was launched with, query string included. Default: the window's `location.href`. */
  launchUrl?: string;
  /** Version written in `context.platform` (`DLIS player <version>`). */
  playerVersion?: string;
  /** Where the statement queue, the attempt record and the learner pseudonym live. Default localStorage. */
  store?: KeyValueStore;
  /** Where the cmi5 auth token is kept for a reload. Default sessionStorage. */
  session?: KeyValueStore;
  fetch?: typeof fetch;
  random?: RandomSource;
  /** The browser's language preferences, for the first statements' language. Default navigator.languages. */
  browserLanguages?: readonly string[];
  /** Epoch milliseconds (default Date.now). */
  now?: () => number;
  backoff?: BackoffOptions;
  /** The timers sends and retries wait on (default setTimeout): tests pass their own instead of waiting. */
  timers?: RetryTimers;
  /** Delay before a send, to batch the statements of one action. Default 0. */
  sendDelayMs?: number;
  /** How to leave for the cmi5 returnURL. Default: `location.assign` of the window. */
  navigate?: (url: string) => void;
}
