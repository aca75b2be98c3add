import { afterEach, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { PlayerPayload } from '@dlis/course/compiled';
import { durationInWords } from '../../src/logic/duration-words.ts';
import { course, payload } from '../fixtures/course.ts';
import { deepActiveElement, h1, mountPlayer } from './helpers.ts';

afterEach(() => {
  document.body.replaceChildren();
});

const pixel = 'data:image/svg+xml,%3Csvg xmlns="http://www.w3.org/2000/svg" width="8" height="4"/%3E';

const withCover: PlayerPayload = {
  ...payload,
  course: {
    ...course,
    cover: {
      image: {
        files: { fr: { path: pixel, width: 8, height: 4 }, en: { path: pixel, width: 8, height: 4 } },
        alt: { fr: 'Une travailleuse sociale au guichet', en: 'A social worker at the desk' },
      },
      duration: { min: 45, max: 60 },
      objectives: [
        { fr: 'Repérer les signes', en: 'Spot the signs' },
        { fr: 'Orienter la personne', en: 'Refer the person' },
      ],
    },
  },
};

describe('cover (issue 16)', () => {
  test('image, title, duration in words, objectives, modules; Enter goes to the page title', async () => {
    await mountPlayer(withCover);
    await expect.element(h1()).toHaveTextContent('Bienvenue');
    const image = page.getByRole('img', { name: 'Une travailleuse sociale au guichet' });
    await expect.element(image).toBeVisible();
    // The cover image is the first thing seen: never lazy, sized to keep the layout still while it loads.
    expect(image.element().getAttribute('loading')).toBeNull();
    expect([image.element().getAttribute('width'), image.element().getAttribute('height')]).toEqual([
      '8',
      '4',
    ]);
    await expect.element(page.getByText(/Durée\s:\s45–60\sminutes/)).toBeVisible();
    await expect.element(page.getByText('À la fin, vous saurez :')).toBeVisible();
    await expect
      .element(page.getByRole('listitem').filter({ hasText: 'Orienter la personne' }))
      .toBeVisible();
    await expect.element(page.getByRole('listitem').filter({ hasText: 'Découvrir' })).toBeVisible();
    const enter = page.getByRole('button', { name: 'Entrer dans le cours' });
    (enter.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => deepActiveElement()?.textContent).toBe('Bienvenue');
  });

  test('a learner back at the start resumes at the first page not viewed; no cover parts, none shown', async () => {
    await mountPlayer(payload, {
      resume: { page: 'welcome', visited: ['welcome', 'quiz-1'], answers: {} },
    });
    await expect.element(h1()).toHaveTextContent('Bienvenue');
    expect(page.getByText(/^Durée/).elements()).toHaveLength(0);
    expect(page.getByText('À la fin, vous saurez :').elements()).toHaveLength(0);
    const resume = page.getByRole('button', { name: /^Reprendre\s:/ });
    await expect.element(resume).toBeVisible();
    await resume.click();
    await expect.element(h1()).not.toHaveTextContent('Bienvenue');
  });

  test('durations read in words in each language', () => {
    // Intl puts no-break spaces between number and unit.
    const words = (...args: Parameters<typeof durationInWords>) =>
      durationInWords(...args).replace(/\s/g, ' ');
    expect(words('fr', { min: 30, max: 30 })).toBe('30 minutes');
    expect(words('en', { min: 45, max: 60 })).toBe('45–60 minutes');
    expect(words('fr', { min: 90, max: 90 })).toBe('1 heure 30 minutes');
    expect(words('de', { min: 120, max: 180 })).toBe('2 Stunden – 3 Stunden');
  });
});
