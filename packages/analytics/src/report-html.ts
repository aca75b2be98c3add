import { round } from '@dlis/agility';
import type { Interval } from './inference.ts';
import { MISSING_VALUE, type ReportData } from './report-data.ts';
import type { GroupStats } from './report-protection.ts';
import { boxPlotSvg, escapeXml, radarSvg, stackedBarsSvg } from './svg-charts.ts';
import { dl, table } from './html-table.ts';
import { itemAnalysisSection } from './report-html-items.ts';
import { pairedSection } from './report-html-paired.ts';
import { REPORT_TEXT, type ReportLanguage } from './report-text.ts';

/** Most groups drawn on the radar (all of them stay in its data table). */
const RADAR_MAX = 6;

/**
 * The self-contained HTML report: headings, captioned tables after every chart, inline SVG and CSS only (no script,
 * no external resource), a print stylesheet. A hidden number reads "hidden" ("masqué"), whatever its size.
 */
export function reportHtml(data: ReportData, lang: ReportLanguage = 'en'): string {
  const t = REPORT_TEXT[lang];
  const e = escapeXml;
  const fmt = (v: number | null | undefined, d = 1) =>
    v === null || v === undefined
      ? '—'
      : round(v, d).toLocaleString(t.locale, { minimumFractionDigits: d, maximumFractionDigits: d });
  const hidden = t.hidden;
  const count = (v: number | null) => (v === null ? hidden : String(v));
  const dimName = (id: string) => {
    const d = data.dimensions.find((x) => x.id === id);
    return d ? `${id} ${d.labels[lang]}` : id;
  };
  // Groups are named by their answers' labels in the report's language; a code the question does not list (or a
  // definition without wording) is shown as is.
  const valueName = (variable: string, code: string | undefined) => {
    if (code === undefined) return '';
    if (code === MISSING_VALUE) return t.missingValue;
    const v = data.by.find((x) => x.id === variable);
    return v?.options.find((o) => o.id === code)?.labels[lang] ?? code;
  };
  const groupName = (g: GroupStats) =>
    g.label === 'all' ? t.all : data.by.map((v) => valueName(v.id, g.key[v.id])).join(' / ');
  const groupNameOf = (label: string) => {
    const g = data.groups.find((x) => x.label === label);
    return g ? groupName(g) : label;
  };
  const interval = (ci: Interval | null | undefined, d = 1) =>
    ci === null || ci === undefined ? '' : `[${fmt(ci.lower, d)} ; ${fmt(ci.upper, d)}]`;
  const shown = data.groups.filter((g) => !g.suppressed && g.index !== null);
  const byText =
    data.by.length === 0
      ? t.noGrouping
      : data.by.map((v) => `${v.labels?.[lang] ?? t.variableNames[v.name] ?? v.name} (${v.id})`).join(' × ');

  const sections: string[] = [];
  // Overview
  const s = data.source;
  sections.push(
    `<section aria-labelledby="h-overview"><h2 id="h-overview">${t.overview}</h2><dl>` +
      dl(t.respondents, count(data.groups[0]?.n ?? null)) +
      dl(t.grouping, e(byText)) +
      dl(t.model, e(`${data.model.id} ${data.model.version}`)) +
      dl(t.minCell, String(data.minCell)) +
      dl(t.statementsRead, String(s.statements)) +
      dl(t.actors, String(s.actors)) +
      dl(t.withoutConsent, String(s.withoutConsent)) +
      dl(t.unscorable, String(s.unscorable)) +
      (s.activity ? dl(t.activity, e(s.activity)) : '') +
      (s.since ? dl(t.since, e(s.since)) : '') +
      (s.until ? dl(t.until, e(s.until)) : '') +
      (s.consistentThrough ? dl(t.consistentThrough, e(s.consistentThrough)) : '') +
      `</dl><p>${t.suppressionNote(data.minCell)}</p></section>`,
  );

  // Index distribution
  const boxes = shown.map((g) => ({
    label: groupName(g),
    // Whiskers stop at the quartiles where min and max are not published (MIN_N_EXTREMES).
    min: g.index?.min ?? g.index?.q1 ?? 0,
    q1: g.index?.q1 ?? 0,
    median: g.index?.median ?? 0,
    q3: g.index?.q3 ?? 0,
    max: g.index?.max ?? g.index?.q3 ?? 0,
    mean: g.index?.mean ?? 0,
  }));
  const cutoffs = data.levels
    .filter((l) => l.min > 0)
    .map((l) => ({ at: l.min, label: `${t.levelShort}${l.id}` }));
  sections.push(
    `<section aria-labelledby="h-index"><h2 id="h-index">${t.indexDistribution}</h2>` +
      (boxes.length > 0
        ? `<figure>${boxPlotSvg('fig-index', boxes, cutoffs, t.indexDistribution, t.boxDesc)}<figcaption>${t.boxCaption}</figcaption></figure>`
        : `<p>${t.nothingToShow}</p>`) +
      table(
        t.indexTable,
        [t.group, 'n', t.mean, t.ci95, t.sd, t.min, 'Q1', t.median, 'Q3', t.max, t.missing],
        data.groups.map((g) => [
          e(groupName(g)),
          count(g.n),
          ...(g.index === null
            ? [hidden, hidden, hidden, hidden, hidden, hidden, hidden, hidden]
            : [
                fmt(g.index.mean),
                interval(g.index.interval),
                fmt(g.index.sd),
                g.index.min === null ? hidden : fmt(g.index.min),
                fmt(g.index.q1),
                fmt(g.index.median),
                fmt(g.index.q3),
                g.index.max === null ? hidden : fmt(g.index.max),
              ]),
          g.suppressed ? hidden : count(g.missingIndex),
        ]),
      ) +
      `</section>`,
  );

  // Dimension means (radar)
  const radarGroups = shown.slice(0, RADAR_MAX);
  sections.push(
    `<section aria-labelledby="h-dims"><h2 id="h-dims">${t.dimensionMeans}</h2>` +
      (radarGroups.length > 0
        ? `<figure>${radarSvg(
            'fig-radar',
            data.dimensions.map((d) => d.id),
            radarGroups.map((g) => ({
              label: groupName(g),
              values: g.dimensions.map((d) => d.summary?.mean ?? null),
            })),
            t.dimensionMeans,
            t.radarDesc,
          )}<figcaption>${t.radarCaption(RADAR_MAX)}</figcaption></figure>`
        : `<p>${t.nothingToShow}</p>`) +
      `<dl>${data.dimensions.map((d) => dl(e(d.id), e(d.labels[lang]))).join('')}</dl>` +
      table(
        t.dimensionTable,
        [t.group, ...data.dimensions.map((d) => `<abbr title="${e(dimName(d.id))}">${e(d.id)}</abbr>`)],
        data.groups.map((g) => [
          e(groupName(g)),
          ...g.dimensions.map((d) =>
            d.summary === null
              ? hidden
              : `${fmt(d.summary.mean)} (${fmt(d.summary.sd)})<br><small>n = ${count(d.summary.n)}; ${t.missingShort} ${count(d.missing)}</small>`,
          ),
        ]),
      ) +
      `<p>${t.dimensionCellNote}</p></section>`,
  );

  // Levels
  const levelShort = (id: number) => `${t.levelShort}${id}`;
  sections.push(
    `<section aria-labelledby="h-levels"><h2 id="h-levels">${t.levelDistribution}</h2>` +
      (shown.length > 0
        ? `<figure>${stackedBarsSvg(
            'fig-levels',
            shown.map((g) => ({
              label: groupName(g),
              segments: levelSegments(g, levelShort, hidden),
            })),
            t.levelDistribution,
            t.levelsDesc,
          )}<figcaption>${t.levelsCaption}</figcaption></figure>`
        : `<p>${t.nothingToShow}</p>`) +
      table(
        t.levelTable,
        [t.group, 'n', ...data.levels.map((l) => e(`${levelShort(l.id)} ${l.labels[lang]}`)), t.noIndex],
        data.groups.map((g) => [
          e(groupName(g)),
          count(g.n),
          ...g.levels.map((l) => count(l.count)),
          g.suppressed ? hidden : count(g.missingIndex),
        ]),
      ) +
      `</section>`,
  );

  // Reliability
  const rel: string[] = [];
  for (const g of data.groups) {
    if (g.suppressed) continue;
    const rows: string[][] = [];
    for (const r of g.reliability) {
      rows.push([
        `<strong>${e(dimName(r.dimension))}</strong>`,
        r.n === null ? hidden : String(r.n),
        r.suppressed ? hidden : `${fmt(r.alpha, 2)} ${interval(r.interval, 2)}`,
        r.suppressed ? hidden : fmt(r.omega, 2),
        '',
        '',
      ]);
      for (const i of r.items)
        rows.push([e(i.id), '', '', '', fmt(i.itemTotal, 2), fmt(i.alphaIfDeleted, 2)]);
    }
    rel.push(
      table(
        `${t.reliabilityTable} — ${e(groupName(g))}`,
        [t.dimensionOrItem, 'n', 'α', 'ω', t.itemTotal, t.alphaIfDeleted],
        rows,
      ),
    );
  }
  sections.push(
    `<section aria-labelledby="h-rel"><h2 id="h-rel">${t.reliability}</h2><p>${t.reliabilityNote}</p>${rel.join('')}</section>`,
  );

  // Group comparisons
  const c = data.comparisons;
  if (c !== null) {
    const pText = (p: number | null | undefined) =>
      p === null || p === undefined ? '—' : p < 0.001 ? '&lt; 0,001'.replace(',', t.decimal) : fmt(p, 3);
    const rows = c.measures.map((m) => {
      const test = m.welch
        ? [
            `Welch t(${fmt(m.welch.df, 1)}) = ${fmt(m.welch.t, 2)}`,
            pText(m.welch.p),
            `g = ${fmt(m.welch.g, 2)}`,
          ]
        : m.anova
          ? [
              `F(${m.anova.df1}, ${m.anova.df2}) = ${fmt(m.anova.f, 2)}`,
              pText(m.anova.p),
              `η² = ${fmt(m.anova.etaSquared, 3)}`,
            ]
          : ['—', '—', '—'];
      const kw = m.kruskalWallis
        ? `H(${m.kruskalWallis.df}) = ${fmt(m.kruskalWallis.h, 2)}, p ${pText(m.kruskalWallis.p)}, ε² = ${fmt(m.kruskalWallis.epsilonSquared, 3)}`
        : '—';
      return [
        e(m.measure === 'index' ? t.indexName : dimName(m.measure)),
        e(m.groups.map(groupNameOf).join(', ')),
        ...test,
        pText(m.pHolm),
        kw,
      ];
    });
    const chi = c.levels;
    sections.push(
      `<section aria-labelledby="h-cmp"><h2 id="h-cmp">${t.comparisons}</h2><p>${t.comparisonsNote}</p>` +
        table(
          t.comparisonTable,
          [t.measure, t.groupsCompared, t.test, 'p', t.effectSize, t.pHolm, 'Kruskal–Wallis'],
          rows,
        ) +
        `<p>${
          chi === null
            ? t.chiSquareNotShown
            : `${t.levelTest}: χ²(${chi.df}) = ${fmt(chi.chiSquare, 2)}, p ${pText(chi.p)}, V = ${fmt(chi.cramersV, 2)}${chi.smallExpected > 0 ? ` — ${t.smallExpected(chi.smallExpected)}` : ''}`
        }</p></section>`,
    );
  }

  const items = itemAnalysisSection(data, lang);
  if (items !== '') sections.push(items);
  const paired = pairedSection(data, lang);
  if (paired !== '') sections.push(paired);

  // Disagreements
  const d = data.disagreements;
  sections.push(
    `<section aria-labelledby="h-dis"><h2 id="h-dis">${t.disagreements}</h2><p>${t.disagreementsNote(d.total)}</p>` +
      (d.total > 0
        ? table(
            t.disagreementTable,
            [t.respondent, t.kind, t.what, t.reported, t.recomputed],
            d.list
              .slice(0, 200)
              .map((x) => [
                e(x.respondent),
                e(x.kind),
                e(x.what),
                e(roundText(x.reported)),
                e(roundText(x.recomputed)),
              ]),
          ) + (d.total > 200 ? `<p>${t.truncated(200)}</p>` : '')
        : '') +
      `</section>`,
  );

  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(t.title)}</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;color:#1a1a1a;background:#fff;max-width:60rem;margin:0 auto;padding:1rem}
h1,h2,h3{line-height:1.25}
table{border-collapse:collapse;margin:1rem 0;font-size:.9rem}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border:1px solid #767676;padding:.25rem .5rem;text-align:right;vertical-align:top}
th:first-child,td:first-child{text-align:left}
thead th{background:#f0f0f0}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}
dt{font-weight:600}
dd{margin:0}
figure{margin:1rem 0}
figcaption{font-size:.9rem}
@media print{body{max-width:none;font-size:11pt}section{break-inside:avoid-page}table,figure{break-inside:avoid}}
</style>
</head>
<body>
<header><h1>${e(t.title)}</h1><p>${t.subtitle}</p></header>
<main>
${sections.join('\n')}
</main>
</body>
</html>
`;
}

/** A number written as text (a disagreement's reported or recomputed value) rounded to 2 decimals; other text as is. */
/**
 * A group's bar: its shown level counts, and the hidden ones as one "hidden" segment, which holds what the table
 * already lets a reader work out: the index n (or, when it is hidden, the group's n) less the shown levels.
 */
function levelSegments(
  g: GroupStats,
  short: (id: number) => string,
  hiddenWord: string,
): { short: string; count: number; hidden?: boolean }[] {
  const segments = g.levels.map((l) => ({ short: short(l.id), count: l.count ?? 0 }));
  if (g.levels.every((l) => l.count !== null)) return segments;
  const shownSum = segments.reduce((s, x) => s + x.count, 0);
  const rest = (g.index?.n ?? g.n ?? shownSum) - shownSum;
  return [...segments, { short: hiddenWord, count: rest, hidden: true }];
}

function roundText(text: string): string {
  return /^-?\d+\.\d{3,}$/.test(text) ? String(round(Number(text), 2)) : text;
}
