import type { AgilityAnswer } from '../agility-answers.ts';
import type { AgilityDefinition } from '../agility-definition.ts';
import { AgilityIssueCode } from '../agility-error.ts';
import { parseCsv, type CsvCell } from './parse-csv.ts';
import type { ReadResponsesResult, RespondentResponses, ResponsesProblem } from './respondent-responses.ts';
import type { TextPosition } from './text-position.ts';

/** Prefix of background columns: `bg.country` becomes `background.country`. */
export const BACKGROUND_PREFIX = 'bg.';
const RESPONDENT = 'respondent';
const NUMERIC = /^\s*[+-]?\d+(?:\.\d+)?\s*$/;

/**
 * Reads a CSV responses file (RFC 4180): a header row, then one row per respondent. Columns: `respondent`
 * (required), one per item or scenario id of `definition` (any subset, any order), and background columns
 * prefixed `bg.`. An empty cell is a missing answer; item cells holding a number become that number (checked
 * against the scale later), other cells stay text (`na`, option ids). Malformed CSV and header problems (no
 * `respondent` column, an unknown or repeated column) are fatal; a row with the wrong number of cells or no
 * respondent id is a problem for that row only.
 */
export function readResponsesCsv(text: string, definition: AgilityDefinition): ReadResponsesResult {
  const parsed = parseCsv(text);
  if (!parsed.ok) {
    const { line, column, message } = parsed.error;
    return {
      responses: [],
      problems: [fatal(AgilityIssueCode.malformedResponses, { line, column }, `invalid CSV: ${message}`)],
    };
  }
  const [header, ...rows] = parsed.records;
  if (header === undefined) {
    return {
      responses: [],
      problems: [
        fatal(
          AgilityIssueCode.responsesShape,
          { line: 1, column: 1 },
          'the file is empty; expected a header row starting with "respondent".',
        ),
      ],
    };
  }
  const scenarios = new Set(definition.scenarios.map((s) => s.id));
  const known = new Set([...definition.items.map((i) => i.id), ...scenarios]);
  const headerProblems: ResponsesProblem[] = [];
  const seen = new Set<string>();
  for (const cell of header.cells) {
    const name = cell.value.trim();
    if (seen.has(name))
      headerProblems.push(
        fatal(AgilityIssueCode.responsesShape, cell, `column "${name}" appears twice; keep one.`),
      );
    seen.add(name);
    if (name !== RESPONDENT && !name.startsWith(BACKGROUND_PREFIX) && !known.has(name)) {
      headerProblems.push(
        fatal(
          AgilityIssueCode.responsesShape,
          cell,
          `column "${name}" is neither "respondent", an item or scenario id of ${definition.id} ${definition.version}, nor a background column (prefix "${BACKGROUND_PREFIX}").`,
        ),
      );
    }
  }
  const respondentColumn = header.cells.findIndex((c) => c.value.trim() === RESPONDENT);
  if (respondentColumn < 0) {
    headerProblems.push(
      fatal(
        AgilityIssueCode.responsesShape,
        { line: header.line, column: 1 },
        'the header has no "respondent" column; add one (the first column, by convention).',
      ),
    );
  }
  if (headerProblems.length > 0) return { responses: [], problems: headerProblems };

  const names = header.cells.map((c) => c.value.trim());
  const responses: RespondentResponses[] = [];
  const problems: ResponsesProblem[] = [];
  for (const row of rows) {
    const first = row.cells[0] ?? { line: row.line, column: 1 };
    const idCell = row.cells[respondentColumn];
    const respondent = idCell !== undefined && idCell.value.trim() !== '' ? idCell.value.trim() : null;
    const rowProblem = (at: TextPosition, message: string) =>
      problems.push({
        code: AgilityIssueCode.badResponse,
        line: at.line,
        column: at.column,
        respondent,
        message,
        fatal: false,
      });
    if (row.cells.length !== names.length) {
      rowProblem(first, `the row has ${row.cells.length} cells but the header has ${names.length} columns.`);
      continue;
    }
    if (respondent === null) {
      rowProblem(idCell ?? first, 'the "respondent" cell is empty; give every row an id.');
      continue;
    }
    const answers: Record<string, AgilityAnswer> = {};
    const answerPositions: Record<string, TextPosition> = {};
    const background: Record<string, string> = {};
    row.cells.forEach((cell: CsvCell, n) => {
      const name = names[n] ?? '';
      const value = cell.value.trim();
      if (n === respondentColumn || value === '') return;
      if (name.startsWith(BACKGROUND_PREFIX)) {
        background[name.slice(BACKGROUND_PREFIX.length)] = cell.value;
        return;
      }
      answers[name] = !scenarios.has(name) && NUMERIC.test(value) ? Number(value) : value;
      answerPositions[name] = { line: cell.line, column: cell.column };
    });
    responses.push({
      respondent,
      answers,
      background,
      position: { line: first.line, column: first.column },
      answerPositions,
    });
  }
  return { responses, problems };
}

function fatal(code: AgilityIssueCode, at: TextPosition, message: string): ResponsesProblem {
  return { code, line: at.line, column: at.column, respondent: null, message, fatal: true };
}
