import { dlisAgilityModel } from '@dlis/agility';

/**
 * Answers whose every self-assessment item scores `target` (0, 25, 50, 75 or 100), reverse-scored items included,
 * and no scenario answered: every dimension then scores `target`, and so does the index (worked by hand).
 */
export function uniformAnswers(target: 0 | 25 | 50 | 75 | 100): Record<string, number> {
  return Object.fromEntries(
    dlisAgilityModel.items.map((item) => [item.id, item.reverse ? 5 - target / 25 : target / 25 + 1]),
  );
}
