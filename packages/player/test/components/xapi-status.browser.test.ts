// The xAPI status news (TrackerStatus kind 'xapi') reach the learner through the status live region, in words.
import { afterEach, describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { xapiCatalogs } from '../../src/i18n/xapi/xapi-catalogs.ts';
import { useXapiNews } from '../../src/logic/xapi-news.ts';
import { xapiNotice } from '../../src/logic/xapi-notice.ts';
import { payload } from '../fixtures/course.ts';
import { h1, mountPlayer } from './helpers.ts';
import { queueStatus, unreachable } from '../fixtures/queue-status.ts';

const queue = queueStatus;
const status = () => page.getByRole('status');

// What the xAPI player entries do (main-cmi5.ts, main-*-xapi.ts…).
useXapiNews({ catalogs: xapiCatalogs, notice: xapiNotice });

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.lang = '';
});

describe('xAPI status news in the player', () => {
  test('an outage: nothing for one failed attempt, then "waiting to be sent", then "sent", in the status region', async () => {
    const { tracker } = await mountPlayer(payload);
    await expect.element(h1()).toHaveTextContent('Bienvenue');
    const region = status().element();
    expect(region.getAttribute('role')).toBe('status');

    tracker.emit({
      kind: 'xapi',
      queue: queue({ state: 'waiting', pending: 1, failures: 1, error: unreachable }),
    });
    await page.getByRole('button', { name: 'Suivant' }).click();
    await expect.element(h1()).toHaveTextContent('Premier quiz');
    expect(region.textContent).not.toContain('activité');

    tracker.emit({
      kind: 'xapi',
      queue: queue({ state: 'waiting', pending: 2, failures: 2, error: unreachable }),
    });
    await expect.element(status()).toHaveTextContent('Votre activité attend d’être envoyée');
    // Words, not colour: the news is text inside the live region, which also keeps its other news.
    expect(region.querySelector('p')?.textContent).toContain('conservée dans ce navigateur');

    tracker.emit({
      kind: 'xapi',
      queue: queue({ state: 'sending', pending: 2, failures: 2, error: unreachable }),
    });
    tracker.emit({ kind: 'xapi', queue: queue({ state: 'idle', pending: 0 }) });
    await expect.element(status()).toHaveTextContent('Votre activité a bien été envoyée.');
    expect(region.textContent).not.toContain('attend d’être envoyée');
  });

  test('the news follow the language the learner switches to', async () => {
    const { tracker, player } = await mountPlayer(payload);
    await expect.element(h1()).toHaveTextContent('Bienvenue');
    tracker.emit({
      kind: 'xapi',
      queue: queue({ state: 'waiting', pending: 2, failures: 2, error: unreachable }),
    });
    await expect.element(status()).toHaveTextContent('Votre activité attend d’être envoyée');
    const select = player.shadowRoot?.querySelector('select');
    if (!select) throw new Error('the fixture course has one language only');
    select.value = 'en';
    select.dispatchEvent(new Event('change'));
    await expect.element(status()).toHaveTextContent('Your activity is waiting to be sent');
  });

  test('a SCORM save failure and an xAPI problem are both shown', async () => {
    const { tracker } = await mountPlayer(payload);
    await expect.element(h1()).toHaveTextContent('Bienvenue');
    tracker.emit({ kind: 'save-failed', retrying: true, detail: 'Commit returned false' });
    tracker.emit({
      kind: 'xapi',
      queue: queue({
        state: 'blocked',
        pending: 3,
        failures: 1,
        error: { code: 'XAPI_E_REJECTED', detail: '403', status: 403 },
      }),
    });
    await expect.element(status()).toHaveTextContent('nouvelle tentative');
    await expect.element(status()).toHaveTextContent('La plateforme n’a pas accepté votre activité.');
  });
});
