import type { AgilityAnswer } from '../agility-answers.ts';
import { AgilityIssueCode } from '../agility-error.ts';
import { jsonValue, parseJsonLocated, type JsonNode } from './parse-json-located.ts';
import type { ReadResponsesResult, RespondentResponses, ResponsesProblem } from './respondent-responses.ts';
import type { TextPosition } from './text-position.ts';

const ROW_KEYS = ['respondent', 'answers', 'background'];

/**
 * Reads a JSON responses file: an array of `{ "respondent": "r1", "answers": { "1.1": 4, "3.4": "na",
 * "D1-S1": "C" }, "background": { … } }`. `respondent` is a non-empty string (or a number, kept as its decimal
 * form); `answers` holds numbers, strings or null; `background` is optional. A row of the wrong shape is a
 * problem for that respondent only; invalid JSON or a top level that is not an array is fatal.
 * Answer values are not checked here (see scoreResponses).
 */
export function readResponsesJson(text: string): ReadResponsesResult {
  const parsed = parseJsonLocated(text);
  if (!parsed.ok) {
    const { line, column, message } = parsed.error;
    return {
      responses: [],
      problems: [
        {
          code: AgilityIssueCode.malformedResponses,
          line,
          column,
          respondent: null,
          message: `invalid JSON: ${message}`,
          fatal: true,
        },
      ],
    };
  }
  const root = parsed.node;
  if (root.kind !== 'array') {
    return {
      responses: [],
      problems: [
        {
          code: AgilityIssueCode.responsesShape,
          line: root.line,
          column: root.column,
          respondent: null,
          message: 'expected an array of respondents: [{"respondent": "r1", "answers": {…}}, …].',
          fatal: true,
        },
      ],
    };
  }
  const responses: RespondentResponses[] = [];
  const problems: ResponsesProblem[] = [];
  root.items.forEach((row, n) => {
    const read = readRow(row, n);
    if ('problem' in read) problems.push(read.problem);
    else responses.push(read.response);
  });
  return { responses, problems };
}

function readRow(
  row: JsonNode,
  n: number,
): { response: RespondentResponses } | { problem: ResponsesProblem } {
  let respondent: string | null = null;
  const problem = (at: TextPosition, message: string) => ({
    problem: {
      code: AgilityIssueCode.badResponse,
      line: at.line,
      column: at.column,
      respondent,
      message,
      fatal: false,
    },
  });
  if (row.kind !== 'object')
    return problem(row, `entry ${n + 1} is not an object; expected {"respondent": …, "answers": {…}}.`);
  const field = (key: string) => row.entries.find((e) => e.key === key);
  const id = field('respondent')?.value;
  if (id?.kind === 'string' && id.value.trim() !== '') respondent = id.value;
  else if (id?.kind === 'number') respondent = String(id.value);
  else return problem(id ?? row, `entry ${n + 1} has no "respondent" id (a non-empty string); add one.`);

  const extra = row.entries.find((e) => !ROW_KEYS.includes(e.key));
  if (extra !== undefined) {
    return problem(
      extra.keyPosition,
      `unknown key "${extra.key}": expected respondent, answers, background (put other data under background).`,
    );
  }
  const answersNode = field('answers')?.value;
  if (answersNode?.kind !== 'object')
    return problem(answersNode ?? row, '"answers" must be an object keyed by item or scenario id.');
  const answers: Record<string, AgilityAnswer> = {};
  const answerPositions: Record<string, TextPosition> = {};
  for (const { key, keyPosition, value } of answersNode.entries) {
    if (key in answerPositions) return problem(keyPosition, `"${key}" is answered twice; keep one answer.`);
    if (value.kind !== 'number' && value.kind !== 'string' && value.kind !== 'null') {
      return problem(
        value,
        `${key}: value ${JSON.stringify(jsonValue(value))} is neither a number, a string nor null.`,
      );
    }
    answerPositions[key] = { line: value.line, column: value.column };
    if (value.kind !== 'null') answers[key] = value.value;
  }
  const backgroundNode = field('background')?.value;
  if (backgroundNode !== undefined && backgroundNode.kind !== 'object' && backgroundNode.kind !== 'null') {
    return problem(backgroundNode, '"background" must be an object.');
  }
  const background =
    backgroundNode === undefined ? {} : ((jsonValue(backgroundNode) ?? {}) as Record<string, unknown>);
  return {
    response: {
      respondent,
      answers,
      background,
      position: { line: row.line, column: row.column },
      answerPositions,
    },
  };
}
