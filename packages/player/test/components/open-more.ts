import { expect } from 'vitest';
import { page } from 'vitest/browser';

/** Opens the phone header's "More" panel (language, Exit) when the viewport is narrow enough to have one. */
export async function openMore(name = 'Plus'): Promise<void> {
  const headerOf = () => document.querySelector('dlis-player')?.shadowRoot?.querySelector('header');
  await expect.poll(headerOf).toBeTruthy();
  const more = headerOf()!.querySelector<HTMLButtonElement>('.more-toggle')!;
  if (more.checkVisibility() && more.getAttribute('aria-expanded') !== 'true') {
    await page.getByRole('button', { name }).click();
  }
}
