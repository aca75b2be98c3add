import type { AgilityDefinition } from '@dlis/agility';
import {
  codebookCsv,
  codebookVariables,
  matrixCsv,
  NOT_APPLICABLE_CODE,
  type CodebookVariable,
} from './codebook.ts';
import type { ReportData } from './report-data.ts';
import type { ReportLanguage } from './report-text.ts';

/**
 * What `dlis report --codebook DIR` writes (docs/research.md, "Codebook and data package"): the respondent × item
 * matrix, its codebook, a Frictionless Data package describing both (table schema with types, enum constraints,
 * missing values, descriptions), an R script and an SPSS syntax file that load the matrix with its labels, and a
 * lavaan model with one factor per dimension. Respondent-level data: written only when asked.
 */
export function codebookFiles(
  data: ReportData,
  definition: AgilityDefinition,
  lang: ReportLanguage = 'en',
): Record<string, string> {
  const variables = codebookVariables(data, definition);
  return {
    'respondents.csv': matrixCsv(variables, data.rows),
    'codebook.csv': codebookCsv(variables),
    'datapackage.json': `${JSON.stringify(dataPackage(variables, definition, lang), null, 2)}\n`,
    'load.R': rScript(variables, definition, lang),
    'load.sps': spssSyntax(variables, data, definition, lang),
    'cfa-model.lavaan': lavaanModel(variables, definition),
  };
}

function scoringRules(definition: AgilityDefinition): string {
  const r = definition.rules;
  return (
    `Scoring model ${definition.id} ${definition.version} (packages/agility, BRIEF.md §3.4). ` +
    `Self-assessment item score = (r − 1)/4 × 100, reverse-scored items (5 − r)/4 × 100; "not applicable" (code ${NOT_APPLICABLE_CODE}) is left out. ` +
    `Scenario credit 100, 50 or 0 by option. Dimension self score S = mean item score, knowledge score K = mean scenario credit, ` +
    `dimension score D = (1 − share)·S + share·K; a dimension is scored when at least ${r.minAnsweredShare} of its items are answered. ` +
    `Index = weighted mean of the scored dimensions (weights renormalised) when their weights total at least ${r.minIndexWeightShare}. ` +
    `Levels from the index: ${definition.levels.map((l) => `${l.id} from ${l.min}`).join(', ')}.`
  );
}

/**
 * Frictionless categories (Table Schema v2, `categories`): each value with its label in `lang`, labels made unique
 * as the spec requires (a repeated label gets its value appended); the other language is in `description`.
 */
function categories(v: CodebookVariable, lang: ReportLanguage) {
  const seen = new Set<string>();
  return (v.values ?? []).map((x) => {
    let label = x.labels[lang];
    if (seen.has(label)) label = `${label} (${x.value})`;
    seen.add(label);
    return { value: x.value, label };
  });
}

function dataPackage(
  variables: readonly CodebookVariable[],
  definition: AgilityDefinition,
  lang: ReportLanguage,
) {
  const field = (v: CodebookVariable) => {
    const constraints: Record<string, unknown> = {};
    const values = v.values ?? [];
    const labelled = values.length > 0;
    if (labelled) constraints.enum = values.map((x) => x.value);
    if (v.minimum !== undefined) constraints.minimum = v.minimum;
    if (v.maximum !== undefined) constraints.maximum = v.maximum;
    const valueText = (v.values ?? []).map((x) => `${x.value} = ${x.labels.en}`).join('; ');
    return {
      name: v.name,
      title: v.labels.en,
      description: `${v.labels.fr} / ${v.labels.en}${valueText === '' ? '' : `. Values: ${valueText}`}${v.reverse ? '. Reverse-scored.' : ''}`,
      type: v.type,
      ...(labelled ? { categories: categories(v, lang) } : {}),
      ...(labelled && v.ordered !== undefined ? { categoriesOrdered: v.ordered } : {}),
      ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
    };
  };
  return {
    // v2 for the field `categories` (value labels); `profile` keeps v1 readers, which ignore `categories`
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    profile: 'tabular-data-package',
    name: `${definition.id}-respondents`,
    title: `${definition.labels.en}: respondent × item matrix`,
    description:
      'Pseudonymous respondent-level data of the consenting respondents (personal data under the GDPR: keep it ' +
      'under the study’s data protection rules). ' +
      scoringRules(definition),
    resources: [
      {
        profile: 'tabular-data-resource',
        name: 'respondents',
        path: 'respondents.csv',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        schema: { fields: variables.map(field), missingValues: [''], primaryKey: ['respondent'] },
      },
      {
        profile: 'tabular-data-resource',
        name: 'codebook',
        path: 'codebook.csv',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        schema: {
          fields: [
            'variable',
            'type',
            'label_fr',
            'label_en',
            'value',
            'value_label_fr',
            'value_label_en',
            'notes',
          ].map((name) => ({ name, type: 'string' })),
          missingValues: [],
        },
      },
    ],
    dlis: {
      model: { id: definition.id, version: definition.version },
      dimensions: definition.dimensions.map((d) => ({
        id: d.id,
        weight: d.weight,
        knowledgeShare: d.knowledgeShare,
      })),
      levels: definition.levels.map((l) => ({ id: l.id, min: l.min })),
      rules: definition.rules,
      notApplicableCode: NOT_APPLICABLE_CODE,
    },
  };
}

/**
 * An R string literal in ASCII: non-ASCII characters as \\u escapes, so load.R reads the same in any locale (a
 * UTF-8 file sourced in the C locale stops at the first accent; R 4.2.2, checked).
 */
const rString = (s: string) =>
  `"${s
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\u0080-\u{10ffff}]/gu, (ch) => {
      const code = ch.codePointAt(0)!;
      return code > 0xffff ? `\\U{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
    })}"`;

const PLAIN: Readonly<Record<string, string>> = {
  '’': "'",
  '–': '-',
  '−': '-',
  '×': 'x',
  '·': '.',
  '≥': '>=',
  '≤': '<=',
};

/** A comment line in ASCII: accents dropped, a few symbols spelled plainly, anything else as `?`. */
function asciiComment(line: string): string {
  return line
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u0080-\u{10ffff}]/gu, (ch) => PLAIN[ch] ?? '?');
}

function rScript(
  variables: readonly CodebookVariable[],
  definition: AgilityDefinition,
  lang: ReportLanguage,
): string {
  const items = variables.filter((v) => v.kind === 'self').map((v) => v.name);
  const lines = [
    `# ${definition.labels.en}: loads respondents.csv with its labels (written by dlis report --codebook).`,
    '# Personal data under the GDPR (pseudonymous): keep it under the study’s data protection rules.',
    `# ${scoringRules(definition)}`,
    '# Run from this folder: source("load.R"). Gives `dlis` (labelled factors) and `dlis_items` (numeric item answers 1-5,',
    `# "not applicable" (${NOT_APPLICABLE_CODE}) and no answer as NA), the input of the lavaan model in cfa-model.lavaan.`,
    'dlis <- read.csv("respondents.csv", na.strings = "", stringsAsFactors = FALSE, encoding = "UTF-8", check.names = FALSE)',
  ];
  lines.push(`dlis_items <- dlis[, c(${items.map(rString).join(', ')})]`);
  lines.push(`dlis_items[dlis_items == ${NOT_APPLICABLE_CODE}] <- NA`);
  // factor() drops attributes: the factors first, then the labels
  for (const v of variables) {
    if (v.values === undefined || v.values.length === 0) continue;
    const values = v.values.map((x) => (typeof x.value === 'number' ? String(x.value) : rString(x.value)));
    const labels = v.values.map((x) => rString(x.labels[lang]));
    const ordered = v.ordered === true ? ', ordered = TRUE' : '';
    lines.push(
      `dlis[[${rString(v.name)}]] <- factor(dlis[[${rString(v.name)}]], levels = c(${values.join(', ')}), labels = c(${labels.join(', ')})${ordered})`,
    );
  }
  for (const v of variables) {
    lines.push(`attr(dlis[[${rString(v.name)}]], "label") <- ${rString(v.labels[lang])}`);
    if (v.kind === 'self')
      lines.push(`attr(dlis_items[[${rString(v.name)}]], "label") <- ${rString(v.labels[lang])}`);
  }
  lines.push(
    '# Confirmatory factor analysis (one factor per dimension; not run by the toolkit):',
    '# library(lavaan); fit <- cfa(paste(readLines("cfa-model.lavaan"), collapse = "\\n"), data = dlis_items, missing = "fiml")',
    '# summary(fit, fit.measures = TRUE, standardized = TRUE)',
    '',
  );
  // ASCII only (strings escaped by rString, comments spelled plainly): the same in every locale
  return lines.map((line) => (line.startsWith('#') ? asciiComment(line) : line)).join('\n');
}

const spssString = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** SPSS keeps 120 bytes of a value label and 256 of a variable label: longer ones are cut (full text: codebook.csv). */
const VALUE_LABEL_BYTES = 120;
const VARIABLE_LABEL_BYTES = 255;

/** `text` cut to `bytes` UTF-8 bytes at a character boundary, with "…" when cut. */
export function fitBytes(text: string, bytes: number): string {
  if (Buffer.byteLength(text, 'utf8') <= bytes) return text;
  let out = '';
  let used = Buffer.byteLength('…', 'utf8');
  for (const ch of text) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (used + size > bytes) break;
    out += ch;
    used += size;
  }
  return `${out}…`;
}

function spssSyntax(
  variables: readonly CodebookVariable[],
  data: ReportData,
  definition: AgilityDefinition,
  lang: ReportLanguage,
): string {
  const width = (v: CodebookVariable) =>
    Math.max(
      1,
      ...data.rows.map((r) => Buffer.byteLength(v.cell(r), 'utf8')),
      ...(v.values ?? []).map((x) => String(x.value).length),
    );
  const format = (v: CodebookVariable) =>
    v.type === 'string' ? `A${width(v)}` : v.type === 'integer' ? 'F2.0' : 'F20.10';
  const labelled = variables.filter((v) => v.values !== undefined && v.values.length > 0);
  const code = (value: number | string) => (typeof value === 'number' ? String(value) : spssString(value));
  const missing = variables.filter((v) => v.missingCodes !== undefined);
  return [
    `* ${definition.labels.en}: loads respondents.csv with its labels (written by dlis report --codebook).`,
    '* Personal data under the GDPR (pseudonymous). Run with this folder as the working directory (CD).',
    `* ${scoringRules(definition).replace(/\.\s/g, '.\n* ')}`,
    'GET DATA /TYPE=TXT',
    '  /FILE="respondents.csv"',
    '  /ENCODING="UTF8"',
    '  /ARRANGEMENT=DELIMITED',
    '  /DELIMITERS=","',
    `  /QUALIFIER='"'`,
    '  /FIRSTCASE=2',
    '  /VARIABLES=',
    ...variables.map((v) => `    ${v.name} ${format(v)}`),
    '.',
    'VARIABLE LABELS',
    variables
      .map((v) => `  ${v.name} ${spssString(fitBytes(v.labels[lang], VARIABLE_LABEL_BYTES))}`)
      .join('\n  /') + '.',
    'VALUE LABELS',
    labelled
      .map(
        (v) =>
          `  ${v.name}\n${(v.values ?? []).map((x) => `    ${code(x.value)} ${spssString(fitBytes(x.labels[lang], VALUE_LABEL_BYTES))}`).join('\n')}`,
      )
      .join('\n  /') + '.',
    ...missing.map((v) => `MISSING VALUES ${v.name} (${(v.missingCodes ?? []).join(', ')}).`),
    // measurement levels: answers on a scale and levels are ordinal, codes nominal, scores scale
    ...measurementLevels(variables),
    'EXECUTE.',
    '',
  ].join('\n');
}

function measurementLevels(variables: readonly CodebookVariable[]): string[] {
  const of = (v: CodebookVariable) =>
    v.ordered === true || v.kind === 'self'
      ? 'ORDINAL'
      : v.type === 'string'
        ? 'NOMINAL'
        : v.type === 'number'
          ? 'SCALE'
          : undefined;
  return (['NOMINAL', 'ORDINAL', 'SCALE'] as const).flatMap((level) => {
    const names = variables.filter((v) => of(v) === level).map((v) => v.name);
    if (names.length === 0) return [];
    // short lines: eight names a line, continuation lines indented
    const lines = [];
    for (let i = 0; i < names.length; i += 8) lines.push(`  ${names.slice(i, i + 8).join(' ')}`);
    return [`VARIABLE LEVEL\n${lines.join('\n')} (${level}).`];
  });
}

function lavaanModel(variables: readonly CodebookVariable[], definition: AgilityDefinition): string {
  const lines = [
    `# ${definition.labels.en} ${definition.version}: one factor per dimension over its self-assessment items`,
    '# (scenarios left out: one or two per dimension, scored 0/50/100). Reverse-scored items keep their raw',
    '# answers: expect negative loadings for them. Confirmatory factor analysis is not run by the toolkit.',
  ];
  for (const d of definition.dimensions) {
    const items = variables.filter((v) => v.kind === 'self' && v.dimension === d.id).map((v) => v.name);
    if (items.length >= 2) lines.push(`${d.id}_factor =~ ${items.join(' + ')}`);
  }
  return `${lines.join('\n')}\n`;
}
