import { describe, expect, test } from 'vitest';
import {
  analyzeRespondents,
  publishGroups,
  resolveGrouping,
  RespondentCollector,
  summarize,
  type GroupStats,
  type RawGroup,
} from '@dlis/analytics';
import { dlisAgilityModel } from '@dlis/agility';
import { respondentStatements, seededRandom } from './support/questionnaire-statements.ts';
import { subtractionAttack } from './support/subtraction-attack.ts';
import { uniformAnswers } from './support/uniform-answers.ts';

type Target = 0 | 25 | 50 | 75 | 100 | 'none';

/** Respondents per country and status; `none` answers nothing (no index). Levels: 0 → L1, 50 → L2, 75 → L3, 100 → L4. */
function analyze(
  people: { country: string; status?: string; target: Target }[],
  minCell: number,
  by = 'country',
) {
  const collector = new RespondentCollector(dlisAgilityModel);
  people.forEach((p, i) => {
    const background = { Q1: p.country, Q4: p.status ?? 'social-worker' };
    const answers = p.target === 'none' ? {} : uniformAnswers(p.target);
    for (const s of respondentStatements({ learner: `learner-${i}`, answers, background }))
      collector.add(s as never);
  });
  const collected = collector.finish();
  const options = { definition: dlisAgilityModel, by: resolveGrouping(by) };
  return {
    published: analyzeRespondents(collected, { ...options, minCell }).groups,
    truth: analyzeRespondents(collected, { ...options, minCell: 1 }).groups,
  };
}

const times = (count: number, country: string, target: Target, status?: string) =>
  Array.from({ length: count }, () => ({ country, target, ...(status ? { status } : {}) }));

/** Every number the attack learnt that concerns 1..k−1 people: must be empty. */
function disclosures(published: readonly GroupStats[], truth: readonly GroupStats[], k: number): string[] {
  const { recovered, hiddenTotals } = subtractionAttack(published);
  const peopleOf = (key: string): number => {
    const [gi, field] = key.split('|') as [string, string];
    const g = truth[Number(gi)]!;
    if (field === 'indexSum') return g.index?.n ?? 0;
    if (field.endsWith('.sum')) return g.dimensions.find((d) => `${d.id}.sum` === field)?.summary?.n ?? 0;
    return Number.NaN;
  };
  const small = (people: number) => people > 0 && people < k;
  return [
    ...recovered
      .filter((x) => (Number.isNaN(peopleOf(x.key)) ? small(x.value) : small(peopleOf(x.key))))
      .map((x) => `${x.key} = ${x.value}`),
    ...hiddenTotals
      .filter((h) => h.keys.every((key) => Number.isNaN(peopleOf(key))) && small(h.total))
      .map((h) => `${h.keys.join(' + ')} = ${h.total}`),
  ];
}

describe('no hidden number can be recovered by subtraction', () => {
  // The case found by the review: GR 36 respondents, 34 with an index, levels 8/12/11/3, 2 without an index.
  const issueCase = [
    ...times(8, 'GR', 0),
    ...times(12, 'GR', 50),
    ...times(11, 'GR', 75),
    ...times(3, 'GR', 100),
    ...times(2, 'GR', 'none'),
    ...times(20, 'FR', 50),
    ...times(9, 'FR', 100),
    ...times(6, 'BE', 75),
    ...times(4, 'RO', 0),
  ];

  test('the attack itself finds what the old per-row suppression left open', () => {
    // Publishing the old way (hide 1..4 in the level row only) leaves GR's Level 4 = n with index − shown levels.
    const { truth } = analyze(issueCase, 5);
    const gr = truth.find((g) => g.label === 'GR')!;
    const oldStyle = truth.map((g) =>
      g === gr
        ? {
            ...gr,
            levels: gr.levels.map((l) => ({ ...l, count: l.id === 4 ? null : l.count })),
            missingIndex: null,
          }
        : g,
    );
    expect(disclosures(oldStyle, truth, 5)).toContain('3|L4 = 3');
  });

  test('--by country (the review case), --by country,status and --min-cell 10', () => {
    const { published, truth } = analyze(issueCase, 5);
    expect(disclosures(published, truth, 5)).toEqual([]);
    expect(published.find((g) => g.label === 'GR')?.levels.find((l) => l.id === 4)?.count).toBeNull();
    const strict = analyze(issueCase, 10);
    expect(disclosures(strict.published, strict.truth, 10)).toEqual([]);
    const statuses = issueCase.map((p, i) => ({ ...p, status: i % 3 === 0 ? 'educator' : 'social-worker' }));
    const two = analyze(statuses, 5, 'country,status');
    expect(disclosures(two.published, two.truth, 5)).toEqual([]);
  });

  test('random tables: 120 seeded group systems, k = 5 and 10', () => {
    const random = seededRandom(20261205);
    const byte = new Uint8Array(1);
    const int = (max: number) => random(byte)[0]! % (max + 1);
    for (let run = 0; run < 120; run++) {
      const k = run % 2 === 0 ? 5 : 10;
      const groups = Array.from({ length: 2 + int(5) }, (_, g) => syntheticGroup(`G${g}`, int));
      const raw = [sumGroups(groups), ...groups];
      const published = publishGroups(raw, k);
      const truth = publishGroups(raw, 1);
      expect(disclosures(published, truth, k), `run ${run}`).toEqual([]);
    }
  });
});

/** A group with random level counts, no-index, missing and complete counts (statistics are placeholders). */
function syntheticGroup(label: string, int: (max: number) => number): RawGroup {
  const levels = [1, 2, 3, 4].map((id) => ({ id, count: int(3) === 0 ? 0 : int(25) }));
  const noIndex = int(2) === 0 ? int(6) : 0;
  const n = levels.reduce((s, l) => s + l.count, 0) + noIndex;
  const scored = (missing: number) =>
    summarize(Array.from({ length: Math.max(0, n - missing) }, (_, i) => i % 100));
  const dims = ['D1', 'D2'].map((id) => {
    const missing = Math.min(n, int(2) === 0 ? int(6) : 0);
    return { id, summary: scored(missing), missing };
  });
  return {
    key: { Q1: label },
    label,
    n,
    levels,
    noIndex,
    index: scored(noIndex),
    dimensions: dims,
    reliability: ['D1', 'D2'].map((dimension) => ({
      dimension,
      complete: Math.max(0, n - int(8)),
      alpha: null,
      items: [],
    })),
  };
}

function sumGroups(groups: readonly RawGroup[]): RawGroup {
  const total = (pick: (g: RawGroup) => number) => groups.reduce((s, g) => s + pick(g), 0);
  const first = groups[0]!;
  const summaryOf = (n: number) => summarize(Array.from({ length: n }, (_, i) => i % 100));
  return {
    key: {},
    label: 'all',
    n: total((g) => g.n),
    levels: first.levels.map((l, i) => ({ id: l.id, count: total((g) => g.levels[i]!.count) })),
    noIndex: total((g) => g.noIndex),
    index: summaryOf(total((g) => g.index.n)),
    dimensions: first.dimensions.map((d, j) => ({
      id: d.id,
      summary: summaryOf(total((g) => g.dimensions[j]!.summary.n)),
      missing: total((g) => g.dimensions[j]!.missing),
    })),
    reliability: first.reliability.map((r, j) => ({
      dimension: r.dimension,
      complete: total((g) => g.reliability[j]!.complete),
      alpha: null,
      items: [],
    })),
  };
}
