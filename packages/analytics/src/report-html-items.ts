import { round, type LocalizedText } from '@dlis/agility';
import { table } from './html-table.ts';
import type { ReportData } from './report-data.ts';
import { escapeXml as e } from './svg-charts.ts';
import { ITEM_TEXT } from './report-text-items.ts';
import type { ReportLanguage } from './report-text.ts';

/** Below these, a dimension or an item is flagged for the research team (BRIEF.md §3.7). */
export const ALPHA_FLAG = 0.7;
export const ITEM_TOTAL_FLAG = 0.3;

/**
 * The "Item analysis" section of the HTML report (whole sample): what to look at (α < .70, item–total r < .30),
 * each with the item's wording, then the self-assessment items and the scenarios with their option counts.
 * Empty when the report has no item analysis (whole sample hidden).
 */
export function itemAnalysisSection(data: ReportData, lang: ReportLanguage): string {
  const analysis = data.itemAnalysis;
  if (analysis === null) return '';
  const t = ITEM_TEXT[lang];
  const fmt = (v: number | null | undefined, d: number) =>
    v === null || v === undefined
      ? '—'
      : round(v, d).toLocaleString(t.locale, { minimumFractionDigits: d, maximumFractionDigits: d });
  const pct = (v: number | null) => (v === null ? t.hidden : `${fmt(v * 100, 1)} %`);
  const count = (v: number | null) => (v === null ? t.hidden : String(v));
  const wording = (labels: LocalizedText | null) => (labels === null ? t.noWording : e(labels[lang]));
  const dimName = (id: string) => {
    const d = data.dimensions.find((x) => x.id === id);
    return d ? `${id} ${d.labels[lang]}` : id;
  };

  const whole = data.groups[0];
  const flags: string[] = [];
  for (const r of whole?.reliability ?? []) {
    if (r.alpha !== null && r.alpha < ALPHA_FLAG)
      flags.push(t.flagAlpha(e(dimName(r.dimension)), fmt(r.alpha, 2)));
    for (const i of r.items) {
      if (i.itemTotal === null || i.itemTotal >= ITEM_TOTAL_FLAG) continue;
      const item = analysis.items.find((x) => x.id === i.id);
      flags.push(t.flagItemTotal(e(i.id), wording(item?.labels ?? null), fmt(i.itemTotal, 2)));
    }
  }
  const itemTotalOf = (id: string) =>
    whole?.reliability.flatMap((r) => r.items).find((i) => i.id === id)?.itemTotal ?? null;

  const itemRows = analysis.items.map((i) => [
    e(i.id) + (i.reverse ? ` ${t.reversed}` : ''),
    wording(i.labels),
    count(i.answered),
    `${count(i.notApplicable)} (${pct(i.notApplicableShare)})`,
    `${count(i.floor)} (${pct(i.floorShare)})`,
    `${count(i.ceiling)} (${pct(i.ceilingShare)})`,
    fmt(i.mean, 1),
    fmt(i.sd, 1),
    fmt(itemTotalOf(i.id), 2),
  ]);
  const scenarioRows = analysis.scenarios.map((x) => [
    e(x.id),
    count(x.answered),
    count(x.noAnswer),
    fmt(x.p, 2),
    fmt(x.meanShare, 2),
    x.discrimination === null ? '—' : `${fmt(x.discrimination, 2)} (n = ${x.discriminationN})`,
    x.options
      .map((o) => `${e(o.id)}${o.credit === 100 ? ' ✓' : o.credit === 50 ? ' ½' : ''}: ${count(o.count)}`)
      .join(', '),
  ]);
  return (
    `<section aria-labelledby="h-items"><h2 id="h-items">${t.title}</h2><p>${t.note}</p>` +
    `<h3>${t.flagsTitle}</h3>` +
    (flags.length === 0 ? `<p>${t.noFlags}</p>` : `<ul>${flags.map((f) => `<li>${f}</li>`).join('')}</ul>`) +
    table(
      t.itemTable,
      [t.item, t.wording, t.answered, t.notApplicable, t.floor, t.ceiling, t.mean, t.sd, t.itemTotal],
      itemRows,
    ) +
    table(
      t.scenarioTable,
      [t.scenario, t.answered, t.noAnswer, t.p, t.meanShare, t.discrimination, t.options],
      scenarioRows,
    ) +
    `</section>`
  );
}
