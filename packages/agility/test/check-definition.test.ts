import { describe, expect, test } from 'vitest';
import { AgilityIssueCode, checkDefinition, dlisAgilityModel, type AgilityDefinition } from '@dlis/agility';

const model = dlisAgilityModel;

function codes(definition: AgilityDefinition): [string, string][] {
  return checkDefinition(definition).map((i) => [i.code, i.id]);
}

describe('checkDefinition', () => {
  test('duplicate ids, across items and scenarios too', () => {
    const first = model.items[0]!;
    expect(codes({ ...model, items: [...model.items, first] })).toEqual([
      [AgilityIssueCode.duplicateId, '1.1'],
    ]);
    const clash = { ...model.scenarios[0]!, id: '1.1' };
    expect(codes({ ...model, scenarios: [...model.scenarios, clash] })).toEqual([
      [AgilityIssueCode.duplicateId, '1.1'],
    ]);
  });

  test('weights that do not sum to 1', () => {
    const dimensions = model.dimensions.map((d) => (d.id === 'D1' ? { ...d, weight: 0.2 } : d));
    expect(codes({ ...model, dimensions })).toEqual([[AgilityIssueCode.badWeights, 'dimensions']]);
  });

  test('references to unknown dimensions, scales and resources', () => {
    const items = model.items.map((i) => (i.id === '1.1' ? { ...i, dimension: 'D9', scale: 'x' } : i));
    const dimensions = model.dimensions.map((d) =>
      d.id === 'D2' ? { ...d, modules: { primary: ['M9'], secondary: [] } } : d,
    );
    expect(codes({ ...model, items, dimensions })).toEqual([
      [AgilityIssueCode.unknownReference, 'D2'],
      [AgilityIssueCode.unknownReference, '1.1'],
      [AgilityIssueCode.unknownReference, '1.1'],
    ]);
  });

  test('scales, scenarios without a correct option, levels, empty dimensions', () => {
    const scales = model.scales.map((s, n) => (n === 0 ? { ...s, points: s.points.slice(0, 4) } : s));
    const scenarios = model.scenarios.map((s) =>
      s.id === 'D2-S1' ? { ...s, options: s.options.map((o) => ({ ...o, credit: 0 as const })) } : s,
    );
    const levels = [...model.levels].reverse();
    const items = model.items.filter((i) => i.dimension !== 'D5');
    expect(codes({ ...model, scales, scenarios, levels, items })).toEqual([
      [AgilityIssueCode.emptyDimension, 'D5'],
      [AgilityIssueCode.badScale, 'proficiency'],
      [AgilityIssueCode.badScenario, 'D2-S1'],
      [AgilityIssueCode.badLevels, 'levels'],
      [AgilityIssueCode.badLevels, '3'],
      [AgilityIssueCode.badLevels, '2'],
      [AgilityIssueCode.badLevels, '1'],
    ]);
  });
});
