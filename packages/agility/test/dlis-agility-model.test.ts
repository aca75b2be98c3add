import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { agilityDefinitionSchema, checkDefinition, dlisAgilityModel } from '@dlis/agility';

const model = dlisAgilityModel;

/** The ids of BRIEF.md §3.3, typed out from the brief (not generated) so a slip in the model shows. */
const briefItems = [
  ['D1', '1.1 1.2 1.3 1.4 1.5 1.6'],
  ['D2', '2.1 2.2 2.3 2.4 2.5 2.6'],
  ['D3', '3.1 3.2 3.3 3.4 3.5'],
  ['D4', '4.1 4.2 4.3 4.4 4.5'],
  ['D5', '5.1 5.2 5.3 5.4 5.5'],
  ['D6', '6.1 6.2 6.3 6.4 6.5 6.6'],
  ['D7', '7.1 7.2 7.3 7.4 7.5 7.6'],
  ['D8', '8.1 8.2 8.3 8.4 8.5 8.6'],
] as const;
const briefScenarios = 'D1-S1 D2-S1 D2-S2 D3-S1 D3-S2 D4-S1 D4-S2 D5-S1 D6-S1 D6-S2 D7-S1 D7-S2'.split(' ');
/** The country equivalents the toolkit wrote (docs/agility.md, "Country-specific scenarios"). */
const countryEquivalents = ['D3-S3', 'D3-S4', 'D3-S5', 'D7-S3', 'D7-S4', 'D7-S5', 'D7-S6'];

describe('the DLIS model (BRIEF.md §3)', () => {
  test('validates against the definition JSON Schema', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    const validate = ajv.compile(agilityDefinitionSchema);
    expect(validate(JSON.parse(JSON.stringify(model))), JSON.stringify(validate.errors)).toBe(true);
  });

  test('is internally consistent', () => {
    expect(checkDefinition(model)).toEqual([]);
  });

  test('has BRIEF’s 8 dimensions, 45 items and 12 scenarios (plus 7 country equivalents), with their ids and dimensions', () => {
    expect(model.dimensions.map((d) => d.id)).toEqual(['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8']);
    expect(model.items.map((i) => [i.dimension, i.id])).toEqual(
      briefItems.flatMap(([d, ids]) => ids.split(' ').map((id) => [d, id])),
    );
    expect(model.items).toHaveLength(45);
    expect(model.scenarios.map((s) => s.id).sort()).toEqual(
      [...briefScenarios, ...countryEquivalents].sort(),
    );
    for (const s of model.scenarios) expect(s.dimension).toBe(s.id.slice(0, 2));
  });

  test('scales, reverse items and N/A as in §3.2', () => {
    for (const i of model.items) {
      expect(i.scale).toBe(['D1', 'D8'].includes(i.dimension) ? 'agreement' : 'proficiency');
      expect(i.notApplicableAllowed).toBe(true);
    }
    expect(model.items.filter((i) => i.reverse).map((i) => i.id)).toEqual(['8.2']);
  });

  test('weights, knowledge shares, levels and rules as in §3.4', () => {
    expect(Object.fromEntries(model.dimensions.map((d) => [d.id, d.weight]))).toEqual({
      D1: 0.1,
      D2: 0.15,
      D3: 0.15,
      D4: 0.1,
      D5: 0.1,
      D6: 0.15,
      D7: 0.15,
      D8: 0.1,
    });
    expect(Math.abs(model.dimensions.reduce((sum, d) => sum + d.weight, 0) - 1)).toBeLessThan(1e-12);
    expect(model.dimensions.map((d) => d.knowledgeShare)).toEqual([0, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0]);
    expect(model.levels.map((l) => [l.id, l.min])).toEqual([
      [1, 0],
      [2, 40],
      [3, 60],
      [4, 80],
    ]);
    expect(model.rules).toMatchObject({
      minAnsweredShare: 0.8,
      priorityBelow: 40,
      recommendedBelow: 60,
      calibrationGap: 30,
      underconfidenceResources: ['M3', 'M2'],
    });
    expect(model.scenarios.filter((s) => s.critical).map((s) => s.id)).toEqual([
      'D6-S1',
      'D6-S2',
      'D7-S1',
      'D7-S2',
      'D7-S3',
      'D7-S4',
      'D7-S5',
      'D7-S6',
    ]);
  });

  test('each country has a D3 scenario; French-scheme D7 scenarios are shown in France only, their equivalents in their country, D7-S3 everywhere', () => {
    const shown = (country: string) =>
      model.scenarios.filter((s) => !s.countries || s.countries.includes(country)).map((s) => s.id);
    for (const country of ['FR', 'BE', 'LU', 'GR', 'RO']) {
      expect(
        shown(country).filter((id) => id.startsWith('D3-')),
        country,
      ).toHaveLength(1);
      expect(
        shown(country).filter(
          (id) => id.startsWith('D7-') && model.scenarios.find((s) => s.id === id)?.critical,
        ),
      ).toContain('D7-S3');
    }
    // D7-S2 (Aidants Connect eligibility) has an equivalent where BRIEF gives mandate or identity facts; none for LU.
    expect(shown('FR').filter((id) => id.startsWith('D7-'))).toEqual(['D7-S1', 'D7-S2', 'D7-S3']);
    expect(shown('BE').filter((id) => id.startsWith('D7-'))).toEqual(['D7-S3', 'D7-S4']);
    expect(shown('GR').filter((id) => id.startsWith('D7-'))).toEqual(['D7-S3', 'D7-S5']);
    expect(shown('RO').filter((id) => id.startsWith('D7-'))).toEqual(['D7-S3', 'D7-S6']);
    expect(shown('LU').filter((id) => id.startsWith('D7-'))).toEqual(['D7-S3']);
    expect(shown('').filter((id) => id.startsWith('D7-'))).toEqual(['D7-S3']);
  });

  test('every country equivalent says it is to be confirmed by the partners', () => {
    for (const id of countryEquivalents) {
      expect(model.scenarios.find((s) => s.id === id)?.note, id).toMatch(/to be confirmed by the partners/);
    }
  });

  test('every scenario has exactly one correct option, at BRIEF’s letter where BRIEF gives the options', () => {
    const correct = Object.fromEntries(
      model.scenarios.map((s) => [s.id, s.options.filter((o) => o.credit === 100).map((o) => o.id)]),
    );
    expect(correct).toMatchObject({
      'D1-S1': ['C'],
      'D2-S1': ['C'],
      'D2-S2': ['B'],
      'D3-S1': ['B'],
      'D3-S2': ['B'],
      'D4-S1': ['B'],
      'D6-S1': ['B'],
      'D7-S1': ['C'],
    });
    for (const s of model.scenarios) expect(correct[s.id]).toHaveLength(1);
    // Options BRIEF does not give are drafted and say so.
    for (const id of ['D4-S2', 'D5-S1', 'D6-S2', 'D7-S2']) {
      expect(model.scenarios.find((s) => s.id === id)?.note).toMatch(/to be confirmed by the partners/);
    }
  });

  test('primary modules as in §3.5', () => {
    expect(Object.fromEntries(model.dimensions.map((d) => [d.id, d.modules.primary]))).toEqual({
      D1: ['M2'],
      D2: ['M5'],
      D3: ['M5'],
      D4: ['M6'],
      D5: ['M7'],
      D6: ['M4'],
      D7: ['M3'],
      D8: ['M1', 'M3'],
    });
  });
});

describe('the definition JSON Schema', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  const validate = ajv.compile(agilityDefinitionSchema);
  const copy = (): Record<string, unknown> & { scenarios: { options: { credit: number }[] }[] } =>
    JSON.parse(JSON.stringify(model));

  test('refuses a credit other than 0, 50 or 100, an unknown key and a missing English label', () => {
    const badCredit = copy();
    badCredit.scenarios[0]!.options[0]!.credit = 30;
    expect(validate(badCredit)).toBe(false);
    expect(validate({ ...copy(), colour: 'red' })).toBe(false);
    expect(validate({ ...copy(), labels: { fr: 'Indice' } })).toBe(false);
  });
});
