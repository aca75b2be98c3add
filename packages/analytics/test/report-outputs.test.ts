import { describe, expect, test } from 'vitest';
import {
  analyzeRespondents,
  reportCsvFiles,
  reportHtml,
  reportJson,
  resolveGrouping,
  respondentCsvFiles,
  respondentsJson,
  RespondentCollector,
  SUPPRESSED_VALUE,
  type ReportData,
} from '@dlis/analytics';
import { dlisAgilityModel } from '@dlis/agility';
import { csvRows } from './support/csv-rows.ts';
import { respondentStatements } from './support/questionnaire-statements.ts';
import { uniformAnswers } from './support/uniform-answers.ts';

type Target = 0 | 25 | 50 | 75 | 100;

/** Respondents with known indexes: FR 0, 25, 50, 50, 75, 100; BE 50 × 4; LU 100 × 2. */
function dataset(groups: Record<string, Target[]>, minCell = 5, by = 'country'): ReportData {
  const collector = new RespondentCollector(dlisAgilityModel);
  let n = 0;
  for (const [country, targets] of Object.entries(groups)) {
    for (const target of targets) {
      const background = { Q1: country, Q4: n % 2 === 0 ? 'social-worker' : 'educator' };
      for (const s of respondentStatements({
        learner: `learner-${n++}`,
        answers: uniformAnswers(target),
        background,
      })) {
        collector.add(s as never);
      }
    }
  }
  return analyzeRespondents(collector.finish(), {
    definition: dlisAgilityModel,
    by: resolveGrouping(by),
    minCell,
  });
}

const standard = { FR: [0, 25, 50, 50, 75, 100], BE: [50, 50, 50, 50], LU: [100, 100] } as Record<
  string,
  Target[]
>;

describe('statistics per group (hand-worked)', () => {
  const data = dataset(standard);
  const fr = data.groups.find((g) => g.label === 'FR');

  test('FR: n 6, mean 50, SD √1250, quartiles type 7; no min or max under 30 respondents', () => {
    // deviations −50, −25, 0, 0, 25, 50: Σ² = 6250, variance 6250/5 = 1250
    // Q1: h = 5·.25 = 1.25 → 25 + .25·25 = 31.25; median 50; Q3: h = 3.75 → 50 + .75·25 = 68.75
    // min (0) and max (100) would each be one person's own index: not published under MIN_N_EXTREMES.
    expect(fr?.n).toBe(6);
    expect(fr?.index).toMatchObject({
      n: 6,
      mean: 50,
      min: null,
      q1: 31.25,
      median: 50,
      q3: 68.75,
      max: null,
    });
    expect(fr?.index?.sd).toBeCloseTo(Math.sqrt(1250), 10);
    expect(fr?.dimensions.every((d) => d.summary?.mean === 50 && d.missing === 0)).toBe(true);
  });

  test('whole sample: n 12, mean (300 + 200 + 200)/12', () => {
    const all = data.groups[0];
    expect(all?.label).toBe('all');
    expect(all?.n).toBe(12);
    expect(all?.index?.mean).toBeCloseTo(700 / 12, 12);
    // levels: L1 {0, 25}, L2 {50 × 6}, L3 {75}, L4 {100 × 3}: 2, 6, 1, 3 → 2 and 1 hidden (3 < 5) → then 3 too
    expect(all?.levels.map((l) => l.count)).toEqual([null, 6, null, null]);
    expect(all?.missingIndex).toBe(0);
  });

  test('reliability: identical items within each respondent give α = ω = 1, item–total r = 1 (from 30 cases)', () => {
    const targets: Target[] = [0, 25, 50, 75, 100];
    const thirty = dataset({ FR: Array.from({ length: 30 }, (_, i) => targets[i % 5]!) });
    const d1 = thirty.groups[0]?.reliability[0];
    expect(d1?.n).toBe(30);
    expect(d1?.alpha).toBeCloseTo(1, 12);
    // Correlations of 1: every loading is 1, no unique variance, ω = 1.
    expect(d1?.omega).toBeCloseTo(1, 8);
    expect(d1?.items.every((i) => Math.abs((i.itemTotal ?? 0) - 1) < 1e-12)).toBe(true);
    // 12 complete cases: the count is published, α is not (MIN_N_RELIABILITY = 30).
    expect(data.groups[0]?.reliability[0]).toMatchObject({
      n: 12,
      suppressed: true,
      alpha: null,
      omega: null,
      items: [],
    });
  });

  test('groups under 5 are suppressed, and a lone small group takes the next smallest with it', () => {
    expect(data.groups.map((g) => [g.label, g.n, g.suppressed])).toEqual([
      ['all', 12, false],
      ['BE', null, true],
      ['FR', 6, false],
      ['LU', null, true],
    ]);
    const lone = dataset({ FR: [0, 25, 50, 75, 100, 100], BE: [50, 50, 50] });
    expect(lone.groups.map((g) => g.n)).toEqual([9, null, null]);
  });

  test('a whole sample under the minimum shows nothing, not even respondent rows', () => {
    const tiny = dataset({ FR: [50, 50, 50, 50] });
    expect(tiny.groups[0]).toMatchObject({ n: null, suppressed: true, index: null });
    expect(tiny.rows).toEqual([]);
    expect(
      respondentCsvFiles(tiny)
        .wide.split('\r\n')
        .filter((l) => l !== ''),
    ).toHaveLength(1);
  });

  test('--min-cell raises the threshold', () => {
    const strict = dataset(standard, 7);
    expect(strict.groups.map((g) => g.n)).toEqual([12, null, null, null]);
  });
});

describe('suppression holds in every output', () => {
  const data = dataset(standard);

  test('respondent-level rows of suppressed groups lose their group values', () => {
    const values = data.rows.map((r) => r.background.Q1);
    expect(values.filter((v) => v === 'FR')).toHaveLength(6);
    expect(values.filter((v) => v === SUPPRESSED_VALUE)).toHaveLength(6);
    expect(values).not.toContain('BE');
    expect(values).not.toContain('LU');
  });

  test('CSV: suppressed cells are empty and flagged; BE and LU appear only as labels of suppressed groups', () => {
    const files = { ...reportCsvFiles(data), ...respondentCsvFiles(data) };
    const summary = csvRows(files.summary);
    const header = summary[0]!;
    const col = (name: string) => header.indexOf(name);
    for (const row of summary.slice(1).filter((r) => r[0] === 'BE' || r[0] === 'LU')) {
      expect(row[col('group_n')]).toBe('');
      expect(row[col('mean')]).toBe('');
      expect(row[col('suppressed')]).toBe('true');
    }
    const levels = csvRows(files.levels);
    expect(levels.filter((r) => r[0] === 'all').map((r) => r[4])).toEqual(['', '6', '', '', '0']);
    for (const name of ['tidy', 'wide', 'items'] as const) {
      expect(files[name]).not.toMatch(/,(BE|LU),/);
      expect(files[name]).toContain(`,${SUPPRESSED_VALUE},`);
    }
    expect(files.wide).not.toContain('learner-');
  });

  test('JSON: suppressed groups carry no statistic; no respondent-level data in the report', () => {
    const json = JSON.parse(reportJson(data)) as {
      groups: { label: string; n: number | null; index: unknown; levels: unknown[] }[];
    };
    const be = json.groups.find((g) => g.label === 'BE');
    expect(be).toMatchObject({ n: null, index: null, suppressed: true });
    expect(Object.keys(json)).not.toContain('respondents');
    expect(Object.keys(json)).not.toContain('rows');
    expect(JSON.stringify(json)).not.toContain('learner-');
    // The respondent file, asked for separately: pseudonymous rows, suppressed groups lose their country.
    const respondents = (
      JSON.parse(respondentsJson(data)) as {
        respondents: { id: string; background: Record<string, string> }[];
      }
    ).respondents;
    expect(respondents).toHaveLength(12);
    expect(respondents.some((r) => r.background.Q1 === 'BE')).toBe(false);
    expect(JSON.stringify(respondents)).not.toContain('learner-');
  });

  test('HTML: hidden cells read "hidden" / "masqué" whatever their size; no BE statistic; self-contained', () => {
    for (const [lang, hidden, belgium] of [
      ['en', 'hidden', 'Belgium'],
      ['fr', 'masqué', 'Belgique'],
    ] as const) {
      const html = reportHtml(data, lang);
      expect(html).toContain(`<html lang="${lang}">`);
      const beRow = new RegExp(`<tr><th scope="row">${belgium}</th>(.*?)</tr>`).exec(html)?.[1] ?? '';
      expect(beRow).not.toBe('');
      expect(beRow.replaceAll(`<td>${hidden}</td>`, '')).toBe('');
      expect(html).not.toContain('&lt; 5');
      expect(html).not.toMatch(/<script|\ssrc=|\shref=|url\((?!#)|@import/i); // url(#…): a pattern of the same SVG
      expect(html).not.toContain('learner-');
      // charts are images with text alternatives, each followed by its data table
      expect(html.match(/<svg [^>]*role="img"/g)).toHaveLength(3);
      expect(html.match(/<desc id=/g)).toHaveLength(3);
      expect(html).toContain('<caption>');
    }
  });

  test('level chart: a group with hidden cells is drawn, its hidden cells as one hatched "hidden" segment', () => {
    // The whole sample (12): L2 6 shown, L1, L3 and L4 hidden (2, 1, 3): the bar is L2 50 % and hidden 6/12, what
    // the table already gives (index n 12 − 6 shown).
    const figure =
      /<svg [^>]*aria-labelledby="fig-levels-t[\s\S]*?<\/svg>/.exec(reportHtml(data, 'en'))?.[0] ?? '';
    expect(figure).toContain('<pattern id="fig-levels-hidden"');
    expect(figure).toContain('>All respondents</text>');
    expect(figure).toMatch(/width="220\.0" height="22" fill="url\(#fig-levels-hidden\)"/);
    expect(figure).toContain('font-style="italic">hidden</text>');
    expect(figure).toContain('>L2 50%</text>');
    expect(reportHtml(data, 'fr')).toContain('font-style="italic">masqué</text>');
  });
});

describe("group names: the answers' labels in the report's language, codes for machines", () => {
  // FR 20 and BE 10 respondents, every other one "social-worker" (a Q4 option) or "educator" (a code Q4 does not
  // list): four shown groups of 5 or more.
  const data = dataset(
    { FR: Array<Target>(20).fill(50), BE: [...Array<Target>(5).fill(25), ...Array<Target>(5).fill(75)] },
    5,
    'country,role',
  );
  const rowNames = (html: string, caption: string) => {
    const start = html.indexOf(`<caption>${caption}</caption>`);
    const table = start < 0 ? '' : html.slice(start, html.indexOf('</table>', start));
    return [...table.matchAll(/<th scope="row">(.*?)<\/th>/g)].map((m) => m[1]);
  };

  test('HTML in English and in French: tables, charts, headings and comparisons name groups by label', () => {
    for (const [lang, expected, grouping, caption] of [
      [
        'en',
        [
          'All respondents',
          'Belgium / educator',
          'Belgium / Social worker',
          'France / educator',
          'France / Social worker',
        ],
        'Country of work or study (Q1) × Profession or programme (Q4)',
        'Index (0–100) per group',
      ],
      [
        'fr',
        [
          'Ensemble des répondant·es',
          'Belgique / educator',
          'Belgique / Assistant·e de service social',
          'France / educator',
          'France / Assistant·e de service social',
        ],
        "Pays d'exercice ou d'études (Q1) × Métier ou formation (Q4)",
        'Indice (0–100) par groupe',
      ],
    ] as const) {
      const html = reportHtml(data, lang);
      expect(rowNames(html, caption)).toEqual(expected);
      expect(html).toContain(`<dd>${grouping.replaceAll("'", '&#39;')}</dd>`);
      const levels = /<svg [^>]*aria-labelledby="fig-levels-t[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
      // a long name is cut in the chart and kept whole in its tooltip
      for (const name of expected.slice(1)) expect(levels).toContain(`>${name}</`);
      expect(html).toContain(`— ${expected[2]}</caption>`);
      expect(html).toContain(`<td>${expected.slice(1).join(', ')}</td>`);
      expect(html).not.toMatch(/>FR \/|>BE \/|social-worker/);
    }
  });

  test('JSON keeps the codes and carries the labels beside them; CSV keeps the codes', () => {
    const json = JSON.parse(reportJson(data)) as ReportData;
    expect(json.groups.map((g) => g.label)).toEqual([
      'all',
      'BE / educator',
      'BE / social-worker',
      'FR / educator',
      'FR / social-worker',
    ]);
    expect(json.by[0]).toMatchObject({
      id: 'Q1',
      name: 'country',
      labels: { en: 'Country of work or study' },
    });
    expect(json.by[0]?.options).toContainEqual({ id: 'BE', labels: { fr: 'Belgique', en: 'Belgium' } });
    expect(json.by[1]?.options.some((o) => o.id === 'educator')).toBe(false);
    const summary = csvRows(reportCsvFiles(data).summary);
    expect(summary.slice(1).map((r) => r[0])).toContain('FR / social-worker');
    expect(reportCsvFiles(data).summary).not.toContain('Belgium');
  });
});

describe('uncertainty and group comparisons in the report', () => {
  // FR 25 × 5 and 50 × 5 (n 10); BE 50 × 6; LU 100 × 5: three shown groups, no level cell under 5.
  const twentyFive: Target[] = [25, 25, 25, 25, 25];
  const fifty: Target[] = [50, 50, 50, 50, 50];
  const data = dataset({ FR: [...twentyFive, ...fifty], BE: [...fifty, 50], LU: [100, 100, 100, 100, 100] });
  const fr = data.groups.find((g) => g.label === 'FR')!;

  test("FR's index: 95 % t interval 37.5 ± qt(.975, 9)·√(1562.5/9/10)", () => {
    // deviations ±12.5: Σ² = 10 · 156.25 = 1562.5; qt(.975, 9) = 2.262157 (R)
    const half = 2.262157 * Math.sqrt(1562.5 / 9 / 10);
    expect(fr.index?.interval?.lower).toBeCloseTo(37.5 - half, 4);
    expect(fr.index?.interval?.upper).toBeCloseTo(37.5 + half, 4);
  });

  test('three shown groups: ANOVA and Kruskal–Wallis per measure, Holm over the measures, in JSON and CSV', () => {
    const index = data.comparisons?.measures.find((m) => m.measure === 'index');
    expect(index?.groups).toEqual(['BE', 'FR', 'LU']);
    // grand mean 1175/21; SS between = 10·(37.5 − ḡ)² + 6·(50 − ḡ)² + 5·(100 − ḡ)²; SS within = 1562.5 (FR only)
    const grand = (375 + 300 + 500) / 21;
    const between = 10 * (37.5 - grand) ** 2 + 6 * (50 - grand) ** 2 + 5 * (100 - grand) ** 2;
    expect(index?.anova?.f).toBeCloseTo(between / 2 / (1562.5 / 18), 9);
    expect(index?.anova?.etaSquared).toBeCloseTo(between / (between + 1562.5), 9);
    expect(index?.welch).toBeNull();
    expect(index?.kruskalWallis?.df).toBe(2);
    expect(index?.pHolm).toBeGreaterThanOrEqual(index?.anova?.p ?? 1);
    const csv = csvRows(reportCsvFiles(data).comparisons);
    expect(csv[0]).toEqual([
      'measure',
      'groups',
      'test',
      'statistic',
      'df1',
      'df2',
      'p',
      'p_holm',
      'effect',
      'effect_size',
    ]);
    expect(csv.find((r) => r[0] === 'index' && r[2] === 'anova-f')?.[1]).toBe('BE | FR | LU');
    expect(JSON.parse(reportJson(data)).comparisons.measures).toHaveLength(9);
  });

  test('two groups: Welch t with Hedges g; groups hidden as a whole take no part', () => {
    const two = dataset({ FR: [...twentyFive, ...fifty], BE: [...fifty, 75, 75, 75, 75, 75] });
    const index = two.comparisons?.measures.find((m) => m.measure === 'index');
    expect(index?.groups).toEqual(['BE', 'FR']);
    expect(index?.welch?.df).toBeGreaterThan(0);
    expect(index?.anova).toBeNull();
    // LU (1) is hidden, and one of FR and BE with it (else n − the other two gives LU): one group left, no test.
    const lone = dataset({ FR: [...twentyFive, ...fifty], BE: [...fifty, 75, 75, 75, 75, 75], LU: [100] });
    expect(lone.groups.filter((g) => g.label !== 'all' && !g.suppressed)).toHaveLength(1);
    expect(lone.comparisons).toBeNull();
  });

  test('HTML: intervals, the comparisons section and its note, in fr and en', () => {
    for (const lang of ['en', 'fr'] as const) {
      const html = reportHtml(data, lang);
      expect(html).toContain(lang === 'fr' ? 'Comparaisons entre groupes' : 'Group comparisons');
      expect(html).toContain('p (Holm)');
      expect(html).toContain(lang === 'fr' ? 'IC à 95 %' : '95 % CI');
    }
  });
});
