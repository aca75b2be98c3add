import { describe, expect, test } from 'vitest';
import { analyzeRespondents, codebookFiles, resolveGrouping, RespondentCollector } from '@dlis/analytics';
import { dlisAgilityModel, type AgilityDefinition } from '@dlis/agility';
import { csvRows } from './support/csv-rows.ts';
import { respondentStatements } from './support/questionnaire-statements.ts';
import { uniformAnswers } from './support/uniform-answers.ts';

const worded: AgilityDefinition = {
  ...dlisAgilityModel,
  items: dlisAgilityModel.items.map((i) => ({
    ...i,
    labels: { fr: `Libellé "${i.id}"`, en: `Wording ${i.id}` },
  })),
};

/** 12 FR and 6 BE respondents; the first FR one says "not applicable" to 1.1 and chooses C in D2-S1. */
function data() {
  const collector = new RespondentCollector(worded);
  for (let n = 0; n < 18; n++) {
    const answers = {
      ...uniformAnswers(n % 2 === 0 ? 25 : 75),
      ...(n === 0 ? { '1.1': 'na', 'D2-S1': 'C' } : {}),
    };
    for (const s of respondentStatements({
      learner: `l-${n}`,
      answers,
      background: { Q1: n < 12 ? 'FR' : 'BE' },
    }))
      collector.add(s as never);
  }
  return analyzeRespondents(collector.finish(), {
    definition: worded,
    by: resolveGrouping('country'),
    minCell: 5,
  });
}

function files(): Record<string, string> {
  return codebookFiles(data(), worded, 'en');
}

// Frictionless Data v1 rules, checked by hand: the npm validator `datapackage` 1.1.10 is neither small nor current (12
// dependencies, among them axios 0.21 and the draft-04 validator tv4). The rules are those of the published JSON Schemas
// (https://specs.frictionlessdata.io/schemas/data-package.json, tabular-data-resource.json, table-schema.json):
// a package has a non-empty `resources` array and a name matching ^([-a-z0-9._/])+$; a tabular data resource
// requires `name`, `path` (or `data`), `schema` and `profile: "tabular-data-resource"`; a table schema requires
// `fields` (at least one), each with a `name`; `type` is one of the listed types; `constraints` only uses the
// listed keys, and `enum` has at least one, unique, item; `missingValues` is an array of strings; every
// `primaryKey` field exists.
const FIELD_TYPES = new Set([
  'string',
  'number',
  'integer',
  'boolean',
  'object',
  'array',
  'date',
  'time',
  'datetime',
  'year',
  'yearmonth',
  'duration',
  'geopoint',
  'geojson',
  'any',
]);
const CONSTRAINTS = new Set([
  'required',
  'unique',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'pattern',
  'enum',
]);
const NAME = /^([-a-z0-9._/])+$/;

interface Field {
  name: string;
  type: string;
  constraints?: { enum?: (string | number)[]; minimum?: number; maximum?: number };
}
interface Resource {
  name: string;
  path: string;
  profile: string;
  schema: { fields: Field[]; missingValues: string[]; primaryKey?: string[] };
}

describe('codebook and Frictionless data package (dlis report --codebook)', () => {
  const out = files();
  const pkg = JSON.parse(out['datapackage.json']!) as {
    name: string;
    profile: string;
    resources: Resource[];
  };

  test('datapackage.json follows the Frictionless table-schema rules', () => {
    expect(pkg.profile).toBe('tabular-data-package');
    expect(pkg.name).toMatch(NAME);
    expect(pkg.resources.length).toBeGreaterThan(0);
    for (const r of pkg.resources) {
      expect(r.profile).toBe('tabular-data-resource');
      expect(r.name).toMatch(NAME);
      expect(typeof r.path).toBe('string');
      expect(out[r.path]).toBeDefined();
      expect(r.schema.fields.length).toBeGreaterThan(0);
      expect(r.schema.missingValues.every((m) => typeof m === 'string')).toBe(true);
      for (const f of r.schema.fields) {
        expect(typeof f.name).toBe('string');
        expect(FIELD_TYPES.has(f.type)).toBe(true);
        for (const key of Object.keys(f.constraints ?? {})) expect(CONSTRAINTS.has(key)).toBe(true);
        const values = f.constraints?.enum;
        if (values !== undefined) {
          expect(values.length).toBeGreaterThan(0);
          expect(new Set(values).size).toBe(values.length);
        }
      }
      const names = new Set(r.schema.fields.map((f) => f.name));
      expect(names.size).toBe(r.schema.fields.length);
      for (const key of r.schema.primaryKey ?? []) expect(names.has(key)).toBe(true);
    }
  });

  test('every cell of the CSV files matches its field: header, type, enum, range, missing values', () => {
    for (const r of pkg.resources) {
      const [header, ...rows] = csvRows(out[r.path]!);
      expect(header).toEqual(r.schema.fields.map((f) => f.name));
      for (const row of rows) {
        r.schema.fields.forEach((f, j) => {
          const cell = row[j]!;
          if (r.schema.missingValues.includes(cell)) return;
          const value = f.type === 'string' ? cell : Number(cell);
          if (f.type === 'integer') expect(Number.isInteger(value)).toBe(true);
          if (f.type === 'number') expect(Number.isFinite(value)).toBe(true);
          if (f.constraints?.enum) expect(f.constraints.enum).toContain(value);
          if (f.constraints?.minimum !== undefined)
            expect(value).toBeGreaterThanOrEqual(f.constraints.minimum);
          if (f.constraints?.maximum !== undefined) expect(value).toBeLessThanOrEqual(f.constraints.maximum);
        });
      }
    }
    const matrix = csvRows(out['respondents.csv']!);
    expect(matrix).toHaveLength(19);
    const col = (name: string) => matrix[0]!.indexOf(name);
    // "not applicable" is code 9, a scenario answer its option id; a respondent row per consenting respondent.
    expect(matrix.filter((r) => r[col('i1_1')] === '9')).toHaveLength(1);
    expect(matrix.filter((r) => r[col('D2_S1')] === 'C')).toHaveLength(1);
    expect(new Set(matrix.slice(1).map((r) => r[col('country')]))).toEqual(new Set(['FR', 'BE']));
  });

  test('the codebook lists every variable with its labels and value labels', () => {
    const rows = csvRows(out['codebook.csv']!);
    expect(rows.find((r) => r[0] === 'i1_1' && r[4] === '')?.slice(1, 4)).toEqual([
      'integer',
      'Libellé "1.1"',
      'Wording 1.1',
    ]);
    expect(rows.find((r) => r[0] === 'i1_1' && r[4] === '9')?.[6]).toBe(dlisAgilityModel.notApplicable.en);
    expect(rows.find((r) => r[0] === 'i8_2' && r[4] === '')?.[7]).toContain('reverse-scored');
    const pkgText = out['datapackage.json']!;
    expect(pkgText).toContain(`"version": "${dlisAgilityModel.version}"`);
    expect(pkgText).toContain('reverse-scored items (5 − r)/4 × 100');
  });

  test('background variables carry the questionnaire’s wording and value labels (fr, en) everywhere', () => {
    const rows = csvRows(out['codebook.csv']!);
    expect(rows.find((r) => r[0] === 'country' && r[4] === '')?.slice(2, 4)).toEqual([
      "Q1 Pays d'exercice ou d'études",
      'Q1 Country of work or study',
    ]);
    expect(rows.find((r) => r[0] === 'country' && r[4] === 'GR')?.slice(5, 7)).toEqual(['Grèce', 'Greece']);
    // every option of the question, in its order, then nothing else (every respondent answered it)
    expect(rows.filter((r) => r[0] === 'country' && r[4] !== '').map((r) => r[4])).toEqual(
      dlisAgilityModel.background?.find((q) => q.id === 'Q1')?.options.map((o) => o.id),
    );
    const field = (name: string) => pkg.resources[0]!.schema.fields.find((f) => f.name === name)!;
    // Table Schema v2: categories of value/label objects, unique values and labels; enum a subset of them
    const country = field('country') as Field & { categories: { value: string; label: string }[] };
    expect(country.categories.slice(0, 2)).toEqual([
      { value: 'FR', label: 'France' },
      { value: 'BE', label: 'Belgium' },
    ]);
    for (const f of pkg.resources[0]!.schema.fields as (Field & {
      categories?: { value: unknown; label: string }[];
    })[]) {
      if (f.categories === undefined) continue;
      expect(new Set(f.categories.map((c) => c.value)).size, f.name).toBe(f.categories.length);
      expect(new Set(f.categories.map((c) => c.label)).size, f.name).toBe(f.categories.length);
      for (const v of f.constraints?.enum ?? []) expect(f.categories.map((c) => c.value)).toContain(v);
    }
    expect(field('level')).toMatchObject({ categoriesOrdered: true });
    expect(out['load.R']).toContain(
      'dlis[["country"]] <- factor(dlis[["country"]], levels = c("FR", "BE", "LU", "GR", "RO", "other-eu", "other"), labels = c("France", "Belgium", "Luxembourg", "Greece", "Romania", "Another EU country", "Another country"))',
    );
    // load.R is ASCII (R escapes), so it reads the same in any locale; SPSS labels fit SPSS's limits
    expect(out['load.R']).not.toMatch(/[\u0080-\u{10ffff}]/u);
    expect(codebookFiles(data(), worded, 'fr')['load.R']).toContain('"Gr\\u00e8ce"');
    const sps = out['load.sps']!;
    for (const m of sps.matchAll(/^ {4}\S+ "((?:[^"]|"")*)"$/gm))
      expect(Buffer.byteLength(m[1]!.replace(/""/g, '"'), 'utf8')).toBeLessThanOrEqual(120);
    expect(sps).toMatch(/^VARIABLE LEVEL\n {2}level i1_1 i1_2 [^.]*\(ORDINAL\)\./m);
    expect(out['load.R']).toMatch(
      /factor\(dlis\[\["level"\]\], levels = c\(1, 2, 3, 4\), labels = c\([^)]*\), ordered = TRUE\)/,
    );
  });

  test('a hidden group’s members and unanswered questions have labelled codes', () => {
    const collector = new RespondentCollector(worded);
    for (let n = 0; n < 14; n++) {
      const background: Record<string, string> = n < 10 ? { Q1: 'FR', Q2: 'student' } : { Q1: 'BE' };
      for (const s of respondentStatements({ learner: `h-${n}`, answers: uniformAnswers(50), background }))
        collector.add(s as never);
    }
    const data = analyzeRespondents(collector.finish(), {
      definition: worded,
      by: resolveGrouping('status'),
      minCell: 5,
    });
    const rows = csvRows(codebookFiles(data, worded, 'fr')['codebook.csv']!);
    // 4 BE respondents without a status: a group under 5, hidden
    expect(rows.find((r) => r[0] === 'status' && r[4] === 'suppressed')?.slice(5, 7)).toEqual([
      'Masqué (groupe sous le seuil de publication)',
      'Suppressed (group under the minimum cell size)',
    ]);
    expect(rows.find((r) => r[0] === 'status' && r[4] === 'student')?.slice(5, 7)).toEqual([
      'Étudiant·e',
      'Student',
    ]);
  });

  test('R script, SPSS syntax and lavaan model', () => {
    const r = out['load.R']!;
    expect(r).toContain('read.csv("respondents.csv", na.strings = ""');
    expect(r).toContain('attr(dlis[["i1_1"]], "label") <- "Wording 1.1"');
    expect(r).toMatch(/dlis\[\["level"\]\] <- factor\(dlis\[\["level"\]\], levels = c\(1, 2, 3, 4\)/);
    expect(r).toContain('dlis_items[dlis_items == 9] <- NA');
    const sps = out['load.sps']!;
    expect(sps).toMatch(/^GET DATA \/TYPE=TXT$/m);
    expect(sps).toContain('  /FILE="respondents.csv"');
    expect(sps).toMatch(/^ {4}i1_1 F2\.0$/m);
    expect(sps).toMatch(/^ {4}respondent A18$/m); // r- + 16 hex digits
    expect(sps).toContain('MISSING VALUES i1_1 (9).');
    expect(sps).toMatch(/\n {2}\/ {2}level\n {4}1 "/);
    // background codes are strings: quoted in VALUE LABELS
    expect(sps).toMatch(/VALUE LABELS\n {2}country\n {4}"FR" "France"\n {4}"BE" "Belgium"\n/);
    // Every variable of the matrix is read, in order.
    const declared = [...sps.matchAll(/^ {4}(\S+) (?:A\d+|F\d+\.\d+)$/gm)].map((m) => m[1]);
    expect(declared).toEqual(csvRows(out['respondents.csv']!)[0]);
    expect(out['cfa-model.lavaan']).toMatch(/^D1_factor =~ i1_1 \+ i1_2 \+ i1_3 \+ i1_4 \+ i1_5 \+ i1_6$/m);
    expect(out['cfa-model.lavaan']!.match(/=~/g)).toHaveLength(8);
  });
});
