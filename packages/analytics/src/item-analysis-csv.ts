import { formatCsv } from '@dlis/agility';
import { num } from './report-csv.ts';
import type { ReportData } from './report-data.ts';

/**
 * The item analysis as two CSV files (whole sample; hidden numbers are empty cells): `item-analysis` (one row per
 * self-assessment item) and `scenario-analysis` (one row per scenario option, the scenario's statistics repeated).
 */
export function itemAnalysisCsvFiles(
  data: ReportData,
): Record<'item-analysis' | 'scenario-analysis', string> {
  const items: string[][] = [
    [
      'item',
      'dimension',
      'reverse',
      'answered',
      'not_applicable',
      'not_applicable_share',
      'floor',
      'floor_share',
      'ceiling',
      'ceiling_share',
      'mean',
      'sd',
      'item_total',
      'wording_fr',
      'wording_en',
    ],
  ];
  const scenarios: string[][] = [
    [
      'scenario',
      'dimension',
      'answered',
      'no_answer',
      'p',
      'mean_share',
      'discrimination',
      'discrimination_n',
      'option',
      'credit',
      'count',
    ],
  ];
  const whole = data.groups[0];
  const itemTotalOf = (id: string) =>
    whole?.reliability.flatMap((r) => r.items).find((i) => i.id === id)?.itemTotal ?? null;
  for (const i of data.itemAnalysis?.items ?? []) {
    items.push([
      i.id,
      i.dimension,
      String(i.reverse),
      num(i.answered),
      num(i.notApplicable),
      num(i.notApplicableShare),
      num(i.floor),
      num(i.floorShare),
      num(i.ceiling),
      num(i.ceilingShare),
      num(i.mean),
      num(i.sd),
      num(itemTotalOf(i.id)),
      i.labels?.fr ?? '',
      i.labels?.en ?? '',
    ]);
  }
  for (const x of data.itemAnalysis?.scenarios ?? []) {
    for (const o of x.options) {
      scenarios.push([
        x.id,
        x.dimension,
        num(x.answered),
        num(x.noAnswer),
        num(x.p),
        num(x.meanShare),
        num(x.discrimination),
        num(x.discriminationN),
        o.id,
        String(o.credit),
        num(o.count),
      ]);
    }
  }
  return { 'item-analysis': formatCsv(items), 'scenario-analysis': formatCsv(scenarios) };
}
