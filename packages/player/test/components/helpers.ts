import { page } from 'vitest/browser';
import type { PlayerPayload } from '@dlis/course/compiled';
import type { StartInfo } from '@dlis/tracking';
import '../../src/addon-blocks.ts';
import '../../src/addon-conditional.ts';
import '../../src/addon-cover.ts';
import '../../src/addon-questions.ts';
import '../../src/addon-results.ts';
import '../../src/addon-scenario.ts';
import { defineDlisPlayer } from '../../src/components/dlis-player.ts';
import { RecordingTracker } from '../fixtures/recording-tracker.ts';

defineDlisPlayer();

/** Mounts a dlis-player with a recording tracker. */
export async function mountPlayer(data: PlayerPayload, info: Partial<StartInfo> = {}) {
  const tracker = new RecordingTracker(info);
  const player = document.createElement('dlis-player');
  player.payload = data;
  player.tracker = tracker;
  document.body.append(player);
  return { player, tracker };
}

/** The focused element, looking inside open shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export const h1 = () => page.getByRole('heading', { level: 1 });

/** Opens the course menu when it is collapsed (narrow viewport) and follows one of its links. */
export async function openMenuAndGo(name: string | RegExp): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Sommaire' });
  if (toggle.element().checkVisibility() && toggle.element().getAttribute('aria-expanded') !== 'true') {
    await toggle.click();
  }
  await page.getByRole('link', { name }).click();
}

export { openMore } from './open-more.ts';
