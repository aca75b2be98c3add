import { round } from '@dlis/agility';
import { table } from './html-table.ts';
import type { ReportData } from './report-data.ts';
import type { ReportLanguage } from './report-text.ts';

const TEXT = {
  en: {
    locale: 'en-GB',
    hidden: 'hidden',
    title: 'Pre/post: the same respondents in two waves',
    note: (first: string, second: string, pairs: string) =>
      `Wave 1 (the report above): ${first} respondents; wave 2: ${second}; found in both (the same pseudonymous person): ${pairs}. Differences are wave 2 − wave 1: paired t-test with the 95 % interval of the mean difference and Cohen’s d<sub>z</sub> (mean difference / SD of the differences), and the Wilcoxon signed-rank test (V, sum of the ranks of the positive differences; exact when there are fewer than 50 pairs without ties or zeros). A measure on fewer pairs than the minimum cell is hidden.`,
    caption: 'Paired comparison per measure',
    head: [
      'Measure',
      'Pairs',
      'Wave 1 mean',
      'Wave 2 mean',
      'Difference [95 % CI]',
      't (df), p',
      'd<sub>z</sub>',
      'Wilcoxon V, p',
    ],
    index: 'Index',
  },
  fr: {
    locale: 'fr-FR',
    hidden: 'masqué',
    title: 'Avant/après : les mêmes répondant·es sur deux vagues',
    note: (first: string, second: string, pairs: string) =>
      `Vague 1 (le rapport ci-dessus) : ${first} répondant·es ; vague 2 : ${second} ; présentes dans les deux (la même personne pseudonymisée) : ${pairs}. Les différences sont vague 2 − vague 1 : test t apparié avec l’intervalle de confiance à 95 % de la différence moyenne et le d<sub>z</sub> de Cohen (différence moyenne / écart-type des différences), et test des rangs signés de Wilcoxon (V, somme des rangs des différences positives ; exact sous 50 paires sans ex æquo ni zéro). Une mesure sur moins de paires que le seuil est masquée.`,
    caption: 'Comparaison appariée par mesure',
    head: [
      'Mesure',
      'Paires',
      'Moyenne vague 1',
      'Moyenne vague 2',
      'Différence [IC 95 %]',
      't (ddl), p',
      'd<sub>z</sub>',
      'Wilcoxon V, p',
    ],
    index: 'Indice',
  },
} as const;

/** The HTML report's pre/post section; empty without a second wave. */
export function pairedSection(data: ReportData, lang: ReportLanguage): string {
  const paired = data.paired;
  if (paired === null) return '';
  const t = TEXT[lang];
  const fmt = (v: number | null | undefined, d: number) =>
    v === null || v === undefined
      ? '—'
      : round(v, d).toLocaleString(t.locale, { minimumFractionDigits: d, maximumFractionDigits: d });
  const count = (v: number | null) => (v === null ? t.hidden : String(v));
  const pText = (p: number) => (p < 0.001 ? `&lt; ${fmt(0.001, 3)}` : fmt(p, 3));
  const rows = paired.measures.map((m) => [
    m.measure === 'index' ? t.index : m.measure,
    count(m.n),
    fmt(m.firstMean, 1),
    fmt(m.secondMean, 1),
    m.t
      ? `${fmt(m.t.meanDifference, 1)} [${fmt(m.t.interval.lower, 1)} ; ${fmt(m.t.interval.upper, 1)}]`
      : '—',
    m.t ? `${fmt(m.t.t, 2)} (${m.t.df}), ${pText(m.t.p)}` : '—',
    m.t ? fmt(m.t.dz, 2) : '—',
    m.wilcoxon ? `${fmt(m.wilcoxon.v, 1)}, ${pText(m.wilcoxon.p)}` : '—',
  ]);
  return (
    `<section aria-labelledby="h-paired"><h2 id="h-paired">${t.title}</h2>` +
    `<p>${t.note(count(paired.firstN), count(paired.secondN), count(paired.pairs))}</p>` +
    table(t.caption, t.head, rows) +
    `</section>`
  );
}
