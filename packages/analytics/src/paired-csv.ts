import { formatCsv } from '@dlis/agility';
import type { PairedComparison } from './paired-waves.ts';
import { num } from './report-csv.ts';

/** The pre/post comparison as CSV: one row per measure (differences second − first; hidden numbers empty). */
export function pairedCsv(paired: PairedComparison): string {
  const rows: string[][] = [
    [
      'measure',
      'first_n',
      'second_n',
      'pairs',
      'n',
      'first_mean',
      'second_mean',
      'mean_difference',
      'ci95_lower',
      'ci95_upper',
      'sd_difference',
      't',
      'df',
      'p',
      'dz',
      'wilcoxon_v',
      'wilcoxon_n',
      'wilcoxon_p',
      'wilcoxon_exact',
    ],
  ];
  for (const m of paired.measures) {
    rows.push([
      m.measure,
      num(paired.firstN),
      num(paired.secondN),
      num(paired.pairs),
      num(m.n),
      num(m.firstMean),
      num(m.secondMean),
      num(m.t?.meanDifference),
      num(m.t?.interval.lower),
      num(m.t?.interval.upper),
      num(m.t?.sdDifference),
      num(m.t?.t),
      num(m.t?.df),
      num(m.t?.p),
      num(m.t?.dz),
      num(m.wilcoxon?.v),
      num(m.wilcoxon?.n),
      num(m.wilcoxon?.p),
      m.wilcoxon ? String(m.wilcoxon.exact) : '',
    ]);
  }
  return formatCsv(rows);
}
