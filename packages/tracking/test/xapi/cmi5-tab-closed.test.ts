import { ContextExtensionIri } from '@dlis/xapi-profile';
import { describe, expect, it } from 'vitest';
import { createLaunchTracker, createMemoryStore } from '@dlis/tracking';
import type { LearnerState, TrackerFacade } from '@dlis/tracking';
import { layout } from '../support/fixtures.ts';
import {
  course,
  launchCmi5,
  storedStatements,
  verbOf,
  type Cmi5Launch,
  launcherPerTest,
} from './support/cmi5-launcher.ts';

/** One request the page made while the network held it: on its way to the LRS, not arrived yet. */
interface HeldRequest {
  method: string;
  keepalive: boolean;
  /** Lets it reach the LRS; resolves once the LRS answered. */
  deliver(): Promise<void>;
  /** The browser cancels it (a closed page's request that was not keepalive). */
  cancel(): void;
}

/**
 * The network of one browser tab in front of the real LRS. While `holding`, requests wait on the way (slow
 * machine, slow LMS proxy) until the test lets them through. Once the tab is closed the page makes no more
 * requests (its script no longer runs); the requests still on their way arrive in an order the page cannot
 * choose: here the newest first, the reordering that loses data.
 */
class TabNetwork {
  holding = false;
  #closed = false;
  readonly held: HeldRequest[] = [];
  /** Statement ids per POST, in the order the page made them. */
  readonly posts: string[][] = [];
  #onHeld: (() => void) | undefined;

  readonly fetch: typeof fetch = (input, init) => {
    // A closed page runs no more script: whatever it would send now is never sent.
    if (this.#closed) return new Promise<Response>(() => undefined);
    const method = init?.method ?? 'GET';
    if (method === 'POST' && typeof init?.body === 'string' && String(input).endsWith('/statements')) {
      this.posts.push((JSON.parse(init.body) as { id: string }[]).map((s) => s.id));
    }
    if (!this.holding) return fetch(input, init);
    return new Promise<Response>((resolve, reject) => {
      this.held.push({
        method,
        keepalive: init?.keepalive === true,
        deliver: () => fetch(input, init).then(resolve, reject),
        cancel: () => reject(new TypeError('Failed to fetch')),
      });
      this.#onHeld?.();
    });
  };

  /** Resolves once the held requests include a statement POST and a State PUT. */
  until(accept: (held: readonly HeldRequest[]) => boolean): Promise<void> {
    if (accept(this.held)) return Promise.resolve();
    return new Promise((resolve) => {
      this.#onHeld = () => {
        if (!accept(this.held)) return;
        this.#onHeld = undefined;
        resolve();
      };
    });
  }

  /**
   * The tab is closed. `cancelled`: the browser drops the requests that were not keepalive; `late`: every request
   * already on its way arrives, newest first.
   */
  async close(requestsNotKeepalive: 'cancelled' | 'late'): Promise<void> {
    this.#closed = true;
    for (const request of this.held.splice(0).reverse()) {
      if (!request.keepalive && requestsNotKeepalive === 'cancelled') request.cancel();
      else await request.deliver();
    }
  }
}

const stateOn = (page: string, visited: string[]): LearnerState => ({ page, visited, answers: {} });

describe('cmi5: the tab closed while requests are on their way (abandoned, then resumed)', () => {
  const perTest = launcherPerTest();
  const { launches, trackers } = perTest;

  /** A tab of its own browser profile (nothing shared with the other tabs: the CTS's new browser context). */
  function openTab(launch: Cmi5Launch, network?: TabNetwork) {
    const document = { visibilityState: 'visible' };
    const store = createMemoryStore();
    const t = createLaunchTracker({
      target: 'cmi5',
      courseId: course.id,
      courseVersion: course.version,
      layout,
      window: { localStorage: store, location: { href: launch.url }, document } as unknown as Window,
      xapi: {
        identity: 'pseudonymous',
        course,
        launchUrl: launch.url,
        ...(network ? { fetch: network.fetch } : {}),
        store,
        session: createMemoryStore(),
        backoff: { baseMs: 20, maxMs: 80 },
      },
    }) as TrackerFacade;
    trackers.push(t);
    /** What the player does on `pagehide`: the page is hidden, the session suspended (parked). */
    const pagehide = () => {
      document.visibilityState = 'hidden';
      void t.finish('suspend');
    };
    return { tracker: t, pagehide };
  }

  for (const fate of ['late', 'cancelled'] as const) {
    it(`the last page's statement and state reach the LRS and the next session resumes there (requests not keepalive: ${fate})`, async () => {
      const first = await launchCmi5(perTest.lrs);
      launches.push(first);
      const network = new TabNetwork();
      const tab = openTab(first, network);
      await tab.tracker.start();
      await tab.tracker.reporter?.queue.flush();
      // The learner is on "intro"; its statement and its state are on their way when "basics" opens.
      network.holding = true;
      tab.tracker.progress('intro', 0.25);
      tab.tracker.save(stateOn('intro', ['intro']));
      await network.until(
        (held) => held.some((r) => r.method === 'POST') && held.some((r) => r.method === 'PUT'),
      );
      tab.tracker.progress('basics', 0.5);
      tab.tracker.save(stateOn('basics', ['intro', 'basics']));
      // The tab is closed within a second: pagehide, then the page is gone.
      tab.pagehide();
      await network.close(fate);

      const experienced = (await storedStatements(perTest.lrs))
        .filter((s) => s.context?.extensions?.[ContextExtensionIri.sessionId] === first.sessionId)
        .filter((s) => verbOf(s) === 'experienced')
        .map((s) => s.object.id.split('/').pop());
      expect(experienced).toEqual(['intro', 'basics']);
      // Each statement was posted once: nothing in flight was sent again beside itself.
      const posted = network.posts.flat();
      expect(new Set(posted).size).toBe(posted.length);

      // The LMS launches the same registration again, in another browser profile: it resumes on "basics".
      const second = await launchCmi5(perTest.lrs, { registration: first.registration });
      launches.push(second);
      const next = openTab(second);
      expect((await next.tracker.start()).resume).toEqual(stateOn('basics', ['intro', 'basics']));
    });
  }
});
