import { describe, expect, test } from 'vitest';
import {
  analyzeRespondents,
  reportCsvFiles,
  reportHtml,
  resolveGrouping,
  RespondentCollector,
  type ReportData,
} from '@dlis/analytics';
import { dlisAgilityModel, type AgilityDefinition } from '@dlis/agility';
import { csvRows } from './support/csv-rows.ts';
import { respondentStatements } from './support/questionnaire-statements.ts';
import { uniformAnswers } from './support/uniform-answers.ts';

/** Text as the HTML report escapes it (&, <, >, quotes). */
const escapeHtml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** One respondent per answer set (FR, so that the FR-only scenarios count), whole sample only. */
function report(answerSets: Record<string, number | string>[], definition = dlisAgilityModel): ReportData {
  const collector = new RespondentCollector(definition);
  answerSets.forEach((answers, n) => {
    for (const s of respondentStatements({ learner: `learner-${n}`, answers, background: { Q1: 'FR' } }))
      collector.add(s as never);
  });
  return analyzeRespondents(collector.finish(), { definition, by: resolveGrouping(undefined), minCell: 5 });
}

// Every expected value is worked by hand in the comments.
describe('item analysis (whole sample)', () => {
  // 12 respondents: six answer every item at the bottom of the scale (score 0), six at the top (100). Item 1.1:
  // the first three say "not applicable". Scenario D2-S1 (best answer C): 7 choose C, 5 choose A.
  const sets = Array.from({ length: 12 }, (_, i): Record<string, number | string> => ({
    ...uniformAnswers(i < 6 ? 0 : 100),
    ...(i < 3 ? { '1.1': 'na' } : {}),
    'D2-S1': i < 7 ? 'C' : 'A',
  }));
  const data = report(sets);
  const items = data.itemAnalysis!.items;
  const item = (id: string) => items.find((i) => i.id === id)!;

  test('floor, ceiling, mean and SD of an item answered by all', () => {
    // 1.2: six 0 and six 100: floor 6 (.5), ceiling 6 (.5), mean 50, SD √(12·50²/11) = 50·√(12/11).
    expect(item('1.2')).toMatchObject({ answered: 12, notApplicable: 0, floor: 6, ceiling: 6, mean: 50 });
    expect(item('1.2').floorShare).toBe(0.5);
    expect(item('1.2').notApplicableShare).toBe(0);
    expect(item('1.2').sd).toBeCloseTo(50 * Math.sqrt(12 / 11), 10);
  });

  test('a N/A count under 5 is hidden, with what would give it away', () => {
    // 1.1: 3 N/A (hidden, 3 < 5); 12 = answered + N/A + skipped (0, never printed), so answered (9) goes too,
    // and with it every share and statistic over the answered. Floor 3 is hidden; while answered (9) was still
    // shown, floor + middle (0, never printed) = 3 was open to subtraction from it, so the ceiling (6) went as
    // well: the greedy complementary step hides more than the least needed, never less.
    expect(item('1.1')).toMatchObject({
      answered: null,
      notApplicable: null,
      notApplicableShare: null,
      floor: null,
      ceiling: null,
      floorShare: null,
      ceilingShare: null,
      mean: null,
      sd: null,
    });
  });

  test('scenario: difficulty p, mean credit share, option counts (the distractors)', () => {
    // D2-S1: A 5, B 0, C 7 (best, credit 100), D 0: p = 7/12; no partial credit, so the mean share is p too.
    const s = data.itemAnalysis!.scenarios.find((x) => x.id === 'D2-S1')!;
    expect(s.options.map((o) => o.count)).toEqual([5, 0, 7, 0]);
    expect(s).toMatchObject({ answered: 12, noAnswer: 0, discrimination: null });
    expect(s.p).toBeCloseTo(7 / 12, 12);
    expect(s.meanShare).toBeCloseTo(7 / 12, 12);
    // D3-S1: nobody answered it: no answer 12, no p.
    expect(data.itemAnalysis!.scenarios.find((x) => x.id === 'D3-S1')).toMatchObject({
      answered: 0,
      noAnswer: 12,
      p: null,
    });
  });

  test('a distractor chosen by 1 to 4 people is hidden, and so are p and the mean share', () => {
    // D2-S1: C 9, A 3 → A hidden; answered 12 is known, so C (the only other non-zero count) goes too.
    const hiddenA = report(sets.map((a, i) => ({ ...a, 'D2-S1': i < 9 ? 'C' : 'A' })));
    const s = hiddenA.itemAnalysis!.scenarios.find((x) => x.id === 'D2-S1')!;
    expect(s.options.map((o) => o.count)).toEqual([null, 0, null, 0]);
    expect(s).toMatchObject({ answered: 12, p: null, meanShare: null });
  });

  test('discrimination: point-biserial with the other scenarios, from 30 respondents', () => {
    // Only D2-S1 and D3-S1 answered, so the rest score is the other one's credit: r is the φ of the 2×2 table
    // both right 10, both wrong 10, one right only 5 each way: φ = (10·10 − 5·5)/√(15·15·15·15) = 75/225 = 1/3.
    const thirty = Array.from({ length: 30 }, (_, i) => {
      const [first, second] =
        i < 10 ? [true, true] : i < 20 ? [false, false] : i < 25 ? [true, false] : [false, true];
      return { ...uniformAnswers(50), 'D2-S1': first ? 'C' : 'A', 'D3-S1': second ? 'B' : 'A' };
    });
    const s = report(thirty).itemAnalysis!.scenarios.find((x) => x.id === 'D2-S1')!;
    expect(s.discrimination).toBeCloseTo(1 / 3, 12);
    expect(s.discriminationN).toBe(30);
    // 29 respondents: not published (MIN_N_RELIABILITY).
    expect(report(thirty.slice(0, 29)).itemAnalysis!.scenarios[1]?.discrimination).toBeNull();
  });

  test('CSV files and the HTML flags, with the item wording of the course definition', () => {
    const files = reportCsvFiles(data);
    const rows = csvRows(files['item-analysis']);
    expect(rows[0]).toContain('floor_share');
    const row12 = rows.find((r) => r[0] === '1.2')!;
    expect(row12.slice(3, 12)).toEqual([
      '12',
      '0',
      '0',
      '6',
      '0.5',
      '6',
      '0.5',
      '50',
      String(item('1.2').sd),
    ]);
    const scenario = csvRows(files['scenario-analysis']).filter((r) => r[0] === 'D2-S1');
    expect(scenario.map((r) => [r[8], r[10]])).toEqual([
      ['A', '5'],
      ['B', '0'],
      ['C', '7'],
      ['D', '0'],
    ]);

    // 30 respondents; item 1.1 is constant within each block of five (one of each target), so r(1.1, rest) = 0 < .30.
    const worded: AgilityDefinition = {
      ...dlisAgilityModel,
      items: dlisAgilityModel.items.map((i) => ({
        ...i,
        labels: { fr: `Libellé ${i.id}`, en: `Wording ${i.id}` },
      })),
    };
    const noisy = Array.from({ length: 30 }, (_, i) => {
      const base = uniformAnswers(([0, 25, 50, 75, 100] as const)[i % 5]!);
      return { ...base, '1.1': (Math.floor(i / 5) % 5) + 1 };
    });
    const flagged = report(noisy, worded);
    const html = reportHtml(flagged, 'fr');
    expect(html).toContain('Analyse des items');
    expect(html).toMatch(/Item 1\.1 « Libellé 1\.1 » : r item–total = /);
    expect(reportHtml(flagged, 'en')).toMatch(/Item 1\.1 “Wording 1\.1”: item–total r = /);
    // The built-in model carries the agility-index course's wording (generated module); a definition without
    // wording says where it is.
    expect(reportHtml(data, 'en')).toContain(escapeHtml(dlisAgilityModel.items[0]!.labels!.en));
    expect(reportHtml(data, 'fr')).toContain(escapeHtml(dlisAgilityModel.items[0]!.labels!.fr));
    const unworded: AgilityDefinition = {
      ...dlisAgilityModel,
      items: dlisAgilityModel.items.map(({ labels: _labels, ...item }) => item),
    };
    expect(reportHtml(report(noisy, unworded), 'en')).toContain('--questionnaire courses/agility-index');
  });
});
