import {
  formatCsv,
  type AgilityDefinition,
  type BackgroundQuestion,
  type LocalizedText,
} from '@dlis/agility';
import { num } from './report-csv.ts';
import { MISSING_VALUE, SUPPRESSED_VALUE, type ReportData, type RespondentRow } from './report-data.ts';
import { dimensionScore, itemAnswer } from './respondent-scores.ts';

/** Code of a "not applicable" answer in the item matrix (a value label; declared missing in SPSS, NA in R). */
export const NOT_APPLICABLE_CODE = 9;

export interface ValueLabel {
  value: number | string;
  labels: LocalizedText;
}

/** One column of the respondent × item matrix, with what the codebook, the table schema and the scripts say. */
export interface CodebookVariable {
  name: string;
  type: 'string' | 'integer' | 'number';
  labels: LocalizedText;
  /** Allowed values with their labels (enum constraint, R factor levels, SPSS VALUE LABELS). */
  values?: ValueLabel[];
  /** Codes that stand for "no valid answer" beyond the empty cell (SPSS MISSING VALUES). */
  missingCodes?: number[];
  minimum?: number;
  maximum?: number;
  /** Dimension of an item or scenario (a factor of the lavaan model). */
  dimension?: string;
  kind?: 'background' | 'self' | 'scenario';
  /** The values have a natural order (levels): Frictionless `categoriesOrdered`, an ordered factor in R. */
  ordered?: boolean;
  /** Reverse-scored item. */
  reverse?: boolean;
  cell: (row: RespondentRow) => string;
}

/** `1.1` → `i1_1`, `D1-S1` → `D1_S1`: names R, SPSS and Stata accept. */
export function variableName(id: string): string {
  const safe = id.replace(/[^A-Za-z0-9_]/g, '_');
  return /^[A-Za-z]/.test(safe) ? safe : `i${safe}`;
}

const same = (text: string): LocalizedText => ({ fr: text, en: text });

/** The matrix's variables, in column order, from the scoring definition and the report's rows. */
export function codebookVariables(data: ReportData, definition: AgilityDefinition): CodebookVariable[] {
  const variables: CodebookVariable[] = [
    {
      name: 'respondent',
      type: 'string',
      labels: { fr: 'Répondant·e (identifiant pseudonyme)', en: 'Respondent (pseudonymous id)' },
      cell: (row) => row.id,
    },
  ];
  for (const v of data.by) {
    const question = definition.background?.find((q) => q.id === v.id);
    variables.push({
      name: variableName(v.name),
      type: 'string',
      labels: question
        ? { fr: `${v.id} ${question.labels.fr}`, en: `${v.id} ${question.labels.en}` }
        : { fr: `Question de contexte ${v.id} (${v.name})`, en: `Background question ${v.id} (${v.name})` },
      values: backgroundValues(question, data.rows, v.id),
      kind: 'background',
      cell: (row) => row.background[v.id] ?? '',
    });
  }
  variables.push(
    {
      name: 'model_version',
      type: 'string',
      labels: { fr: 'Version du modèle de calcul', en: 'Scoring model version' },
      cell: (row) => row.respondent.result.model.version,
    },
    {
      name: 'index',
      type: 'number',
      labels: { fr: 'Indice d’agilité numérique (0–100)', en: 'Digital agility index (0–100)' },
      minimum: 0,
      maximum: 100,
      cell: (row) => num(row.respondent.result.index),
    },
    {
      name: 'level',
      type: 'integer',
      labels: { fr: 'Niveau', en: 'Level' },
      values: definition.levels.map((l) => ({ value: l.id, labels: l.labels })),
      ordered: true,
      cell: (row) => num(row.respondent.result.level),
    },
    ...definition.dimensions.map((d, j): CodebookVariable => ({
      name: variableName(d.id),
      type: 'number',
      labels: { fr: `${d.id} ${d.labels.fr} (0–100)`, en: `${d.id} ${d.labels.en} (0–100)` },
      minimum: 0,
      maximum: 100,
      cell: (row) => num(dimensionScore(row.respondent.result, j)),
    })),
    ...definition.items.map((item, j): CodebookVariable => {
      const scale = definition.scales.find((s) => s.id === item.scale);
      return {
        name: variableName(item.id),
        type: 'integer',
        labels: item.labels ?? same(`Item ${item.id}`),
        values: [
          ...(scale?.points ?? []).map((p) => ({ value: p.value, labels: p.labels })),
          { value: NOT_APPLICABLE_CODE, labels: definition.notApplicable },
        ],
        missingCodes: [NOT_APPLICABLE_CODE],
        dimension: item.dimension,
        kind: 'self',
        reverse: item.reverse,
        cell: (row) => {
          const a = itemAnswer(row.respondent.result, j);
          return a === null ? '' : a === 'na' ? String(NOT_APPLICABLE_CODE) : String(a);
        },
      };
    }),
    ...definition.scenarios.map((scenario, j): CodebookVariable => ({
      name: variableName(scenario.id),
      type: 'string',
      labels: same(`Scenario ${scenario.id}`),
      values: scenario.options.map((o) => ({
        value: o.id,
        labels: o.labels ?? same(`${o.id} (credit ${o.credit})`),
      })),
      dimension: scenario.dimension,
      kind: 'scenario',
      cell: (row) => row.respondent.result.scenarioAnswers[j] ?? '',
    })),
  );
  return variables;
}

/** Labels of the codes the matrix writes for no answer and for a hidden group's members (report-data.ts). */
const SPECIAL_VALUES: Readonly<Record<string, LocalizedText>> = {
  [MISSING_VALUE]: { fr: 'Non renseigné', en: 'No answer' },
  [SUPPRESSED_VALUE]: {
    fr: 'Masqué (groupe sous le seuil de publication)',
    en: 'Suppressed (group under the minimum cell size)',
  },
};

/**
 * A background variable's values: the question's options in its order with their wording, then the codes seen in
 * the data that it does not list (no answer, suppressed, or a code of another questionnaire version: labelled as is).
 */
function backgroundValues(
  question: BackgroundQuestion | undefined,
  rows: readonly RespondentRow[],
  id: string,
): ValueLabel[] {
  const values: ValueLabel[] = (question?.options ?? []).map((o) => ({ value: o.id, labels: o.labels }));
  const listed = new Set(values.map((x) => x.value));
  const observed = [...new Set(rows.map((r) => r.background[id] ?? ''))].sort();
  for (const value of observed) {
    if (listed.has(value) || value === '') continue;
    values.push({ value, labels: SPECIAL_VALUES[value] ?? same(value) });
  }
  return values;
}

/** The wide respondent × item matrix (one row per respondent, one column per variable). */
export function matrixCsv(variables: readonly CodebookVariable[], rows: readonly RespondentRow[]): string {
  return formatCsv([variables.map((v) => v.name), ...rows.map((row) => variables.map((v) => v.cell(row)))]);
}

/** The codebook as a table: one row per variable, then one per value label. */
export function codebookCsv(variables: readonly CodebookVariable[]): string {
  const rows: string[][] = [
    ['variable', 'type', 'label_fr', 'label_en', 'value', 'value_label_fr', 'value_label_en', 'notes'],
  ];
  for (const v of variables) {
    const notes = [
      v.dimension ? `dimension ${v.dimension}` : '',
      v.kind ?? '',
      v.reverse ? 'reverse-scored' : '',
      v.missingCodes ? `missing: ${v.missingCodes.join(', ')}; empty = not answered` : '',
      v.minimum !== undefined ? `range ${v.minimum}–${v.maximum ?? ''}` : '',
    ]
      .filter((x) => x !== '')
      .join('; ');
    rows.push([v.name, v.type, v.labels.fr, v.labels.en, '', '', '', notes]);
    for (const value of v.values ?? []) {
      rows.push([v.name, '', '', '', String(value.value), value.labels.fr, value.labels.en, '']);
    }
  }
  return formatCsv(rows);
}
