import { DLIS_BASE_IRI, createActor, uuidV4, type Agent, type RandomSource } from '@dlis/xapi-profile';
import { fnv1a } from '../suspend-data/fnv1a.ts';
import type { KeyValueStore } from './key-value-store.ts';
import type { LaunchLearner } from './launch-parameters.ts';

/** localStorage key of the random learner id used when nobody says who the learner is. */
export const LEARNER_PSEUDONYM_KEY = 'dlis:xapi-learner';

/** The `homePage` of accounts when the package's origin is not http(s) (file://, about:). */
export const FALLBACK_HOME_PAGE = `${DLIS_BASE_IRI}learners`;

export interface ActorSources {
  /** The actor of a cmi5 or xAPI launch. */
  launch?: LaunchLearner;
  /** What SCORM (or another primary adapter) said: learner id and name. */
  learner?: { id?: string; name?: string };
  identity: 'pseudonymous' | 'named';
  /** homePage of a pseudonymous account made here: the LMS / launcher origin, else FALLBACK_HOME_PAGE. */
  homePage: string;
  store?: KeyValueStore;
  random: RandomSource;
}

/**
 * The statement actor, by the DLIS rule (docs/tracking.md, "Who"):
 * - a launch account is kept (`name` added only when identity is 'named');
 * - a launch mbox is sent only when identity is 'named'; otherwise it becomes the account
 *   `{homePage, name: sha256(mbox)}` (the same on every device, so the State API finds the learner again);
 * - else the SCORM learner id: `{homePage: the LMS origin, name: id}` (name with 'named');
 * - else a random id kept in the store (`dlis:xapi-learner`).
 */
export async function resolveActor(sources: ActorSources): Promise<Agent> {
  const named = sources.identity === 'named';
  const launch = sources.launch;
  if (launch?.account) {
    return createActor(launch.account, named && launch.displayName ? { name: launch.displayName } : {});
  }
  if (launch?.mbox) {
    if (named) {
      return createActor(
        { homePage: sources.homePage, name: '' },
        { email: launch.mbox, ...(launch.displayName ? { name: launch.displayName } : {}) },
      );
    }
    return createActor({ homePage: sources.homePage, name: await pseudonym(launch.mbox) });
  }
  const id = sources.learner?.id;
  if (id) {
    const name = sources.learner?.name;
    return createActor({ homePage: sources.homePage, name: id }, named && name ? { name } : {});
  }
  return createActor({ homePage: sources.homePage, name: storedPseudonym(sources.store, sources.random) });
}

/** The origin of `url` when it is http(s), else FALLBACK_HOME_PAGE. */
export function homePageOf(url: string | undefined): string {
  try {
    const parsed = new URL(url ?? '');
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : FALLBACK_HOME_PAGE;
  } catch {
    return FALLBACK_HOME_PAGE;
  }
}

/** SHA-256 (hex) of `text` where Web Crypto is available (secure contexts), else two FNV-1a rounds. */
async function pseudonym(text: string): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle) {
    const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
    return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
  }
  const a = fnv1a(text);
  return `${a.toString(16).padStart(8, '0')}${fnv1a(`${a}:${text}`).toString(16).padStart(8, '0')}`;
}

function storedPseudonym(store: KeyValueStore | undefined, random: RandomSource): string {
  try {
    const kept = store?.getItem(LEARNER_PSEUDONYM_KEY);
    if (kept) return kept;
  } catch {
    // unreadable storage: a new id for this session
  }
  const id = uuidV4(random);
  try {
    store?.setItem(LEARNER_PSEUDONYM_KEY, id);
  } catch {
    // kept for this session only
  }
  return id;
}

/** The identifier of an actor: its account name, or its mbox. */
export function actorKey(actor: Agent): string {
  return 'account' in actor ? actor.account.name : actor.mbox;
}
