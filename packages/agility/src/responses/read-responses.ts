import type { AgilityDefinition } from '../agility-definition.ts';
import { AgilityIssueCode } from '../agility-error.ts';
import { readResponsesCsv } from './read-responses-csv.ts';
import { readResponsesJson } from './read-responses-json.ts';
import {
  ResponsesFormat,
  type ReadResponsesResult,
  type RespondentResponses,
  type ResponsesProblem,
} from './respondent-responses.ts';

/**
 * Reads a responses file's text in `format` (docs/agility.md, "Re-scoring responses offline"). Never throws on
 * bad input: every problem is returned, located. A respondent id that appears twice is a problem on the second
 * occurrence, which is skipped. `definition` tells CSV columns apart (items, scenarios).
 */
export function readResponses(
  text: string,
  format: ResponsesFormat,
  definition: AgilityDefinition,
): ReadResponsesResult {
  const read = format === ResponsesFormat.csv ? readResponsesCsv(text, definition) : readResponsesJson(text);
  const seen = new Set<string>();
  const responses: RespondentResponses[] = [];
  const problems: ResponsesProblem[] = [...read.problems];
  for (const response of read.responses) {
    if (seen.has(response.respondent)) {
      problems.push({
        code: AgilityIssueCode.duplicateRespondent,
        ...response.position,
        respondent: response.respondent,
        message: 'this respondent id appears earlier in the file; ids must be unique, this row is skipped.',
        fatal: false,
      });
    } else {
      seen.add(response.respondent);
      responses.push(response);
    }
  }
  return { responses, problems: sortProblems(problems) };
}

/** Problems in file order (line, then column). */
export function sortProblems(problems: readonly ResponsesProblem[]): ResponsesProblem[] {
  return [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
}
