// The built-in model's wording (packages/agility/src/dlis-agility-wording.ts) is generated from the agility-index
// course (`npm run agility:wording`): this test reads the course again and fails while the module is stale.
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { dlisAgilityModel, dlisAgilityWording } from '@dlis/agility';
import { agilityWordingOf, findQuestionnaire, loadCourse } from '@dlis/course';

const courseDir = fileURLToPath(new URL('../../../courses/agility-index/', import.meta.url));

describe('the built-in model carries the agility-index course’s wording', () => {
  test('dlis-agility-wording.ts is what the course says (run `npm run agility:wording` after changing it)', async () => {
    const loaded = await loadCourse(courseDir);
    if (!loaded.ok) throw new Error('courses/agility-index does not load');
    const questionnaire = findQuestionnaire(loaded.model);
    if (questionnaire === undefined) throw new Error('courses/agility-index has no questionnaire');
    expect(dlisAgilityWording).toEqual(agilityWordingOf(questionnaire));
  });

  test('every item, scenario option and background question of the model is worded in fr and en', () => {
    for (const item of dlisAgilityModel.items) {
      expect(item.labels?.fr, item.id).toMatch(/\S/);
      expect(item.labels?.en, item.id).toMatch(/\S/);
    }
    for (const s of dlisAgilityModel.scenarios)
      for (const o of s.options) expect(o.labels?.en, `${s.id} ${o.id}`).toMatch(/\S/);
    const country = dlisAgilityModel.background?.find((q) => q.id === 'Q1');
    expect(country?.options.find((o) => o.id === 'GR')?.labels).toEqual({ fr: 'Grèce', en: 'Greece' });
  });
});
