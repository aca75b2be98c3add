import { describe, expect, test } from 'vitest';
import {
  AgilityIssueCode,
  dlisAgilityModel as model,
  readResponses,
  resultTable,
  scoreQuestionnaire,
  scoreResponses,
  ResponsesFormat,
} from '../../src/index.ts';

const json = (value: unknown) => JSON.stringify(value, null, 1);

describe('readResponses + scoreResponses (JSON)', () => {
  test('scores each respondent exactly as scoreQuestionnaire does, with the background kept', () => {
    const answers = { '1.1': 4, '3.4': 'na', '8.2': 2, 'D1-S1': 'C' };
    const text = json([{ respondent: 'r1', answers, background: { country: 'FR', age: 34 } }]);
    const { scored, problems } = scoreResponses(model, readResponses(text, ResponsesFormat.json, model));
    expect(problems).toEqual([]);
    expect(scored).toEqual([
      {
        respondent: 'r1',
        background: { country: 'FR', age: 34 },
        result: scoreQuestionnaire(model, answers),
      },
    ]);
  });

  test('a bad answer is located at its value; the row is skipped, the others are scored', () => {
    const text =
      '[\n{"respondent": "r1", "answers": {"1.1": 4}},\n{"respondent": "r7", "answers": {"1.1": 4, "3.4": 6, "D1-S1": "Z", "9.9": 1}}\n]';
    const { scored, problems } = scoreResponses(model, readResponses(text, ResponsesFormat.json, model));
    expect(scored.map((s) => s.respondent)).toEqual(['r1']);
    expect(problems).toEqual([
      {
        code: AgilityIssueCode.notOnScale,
        line: 3,
        column: 51,
        respondent: 'r7',
        message:
          'item 3.4: value 6 is not on the 1-5 scale (answer an integer 1..5, "na", or leave it empty).',
        fatal: false,
      },
      expect.objectContaining({
        code: AgilityIssueCode.unknownOption,
        line: 3,
        column: 63,
        respondent: 'r7',
      }),
      expect.objectContaining({ code: AgilityIssueCode.unknownId, line: 3, column: 75, respondent: 'r7' }),
    ]);
    expect(problems[1]?.message).toBe(
      'scenario D1-S1: value "Z" is not one of its options (A, B, C, D), or leave it empty.',
    );
  });

  test.each([
    ['[1]', /entry 1 is not an object/, null],
    ['[{"answers": {}}]', /no "respondent" id/, null],
    ['[{"respondent": "r1"}]', /"answers" must be an object/, 'r1'],
    ['[{"respondent": "r1", "answers": {}, "when": 1}]', /unknown key "when"/, 'r1'],
    ['[{"respondent": "r1", "answers": {"1.1": true}}]', /1.1: value true is neither/, 'r1'],
    ['[{"respondent": "r1", "answers": {"1.1": 1, "1.1": 2}}]', /answered twice/, 'r1'],
    ['[{"respondent": "r1", "answers": {}, "background": []}]', /"background" must be an object/, 'r1'],
  ])('a row of the wrong shape is skipped: %s', (text, message, respondent) => {
    const { responses, problems } = readResponses(text, ResponsesFormat.json, model);
    expect(responses).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({
        code: AgilityIssueCode.badResponse,
        message: expect.stringMatching(message),
        respondent,
        fatal: false,
      }),
    ]);
  });

  test('a repeated respondent id is skipped on its second occurrence', () => {
    const text = '[{"respondent": "r1", "answers": {}},\n {"respondent": "r1", "answers": {}}]';
    const { responses, problems } = readResponses(text, ResponsesFormat.json, model);
    expect(responses).toHaveLength(1);
    expect(problems).toEqual([
      expect.objectContaining({ code: AgilityIssueCode.duplicateRespondent, line: 2, column: 2 }),
    ]);
  });

  test('invalid JSON and a top level that is not an array are fatal', () => {
    expect(readResponses('[{"respondent": "r1",\n', ResponsesFormat.json, model).problems).toEqual([
      expect.objectContaining({ code: AgilityIssueCode.malformedResponses, line: 2, column: 1, fatal: true }),
    ]);
    expect(readResponses('{"respondent": "r1"}', ResponsesFormat.json, model).problems).toEqual([
      expect.objectContaining({ code: AgilityIssueCode.responsesShape, line: 1, column: 1, fatal: true }),
    ]);
  });
});

describe('readResponses (CSV)', () => {
  test('items become numbers, na and options stay text, empty cells are missing, bg. columns are background', () => {
    const text = '\uFEFFrespondent,1.1,3.4,8.2,D1-S1,1.2,bg.country\r\nr1,4,na,2,C,,"FR, Lyon"\r\n';
    const { responses, problems } = readResponses(text, ResponsesFormat.csv, model);
    expect(problems).toEqual([]);
    expect(responses).toEqual([
      {
        respondent: 'r1',
        answers: { '1.1': 4, '3.4': 'na', '8.2': 2, 'D1-S1': 'C' },
        background: { country: 'FR, Lyon' },
        position: { line: 2, column: 1 },
        answerPositions: {
          '1.1': { line: 2, column: 4 },
          '3.4': { line: 2, column: 6 },
          '8.2': { line: 2, column: 9 },
          'D1-S1': { line: 2, column: 11 },
        },
      },
    ]);
  });

  test('bad values are located at their cell; rows of the wrong width or without id are skipped', () => {
    const text = 'respondent,1.1,3.4\r\nr1,4,5\r\nr7,4,6\r\nr8,4\r\n,4,4\r\nr9,x,2.5\r\n';
    const { scored, problems } = scoreResponses(model, readResponses(text, ResponsesFormat.csv, model));
    expect(scored.map((s) => s.respondent)).toEqual(['r1']);
    expect(problems.map((p) => [p.line, p.column, p.respondent, p.message.slice(0, 30)])).toEqual([
      [3, 6, 'r7', 'item 3.4: value 6 is not on th'],
      [4, 1, 'r8', 'the row has 2 cells but the he'],
      [5, 1, null, 'the "respondent" cell is empty'],
      [6, 4, 'r9', 'item 1.1: value "x" is not on '],
      [6, 6, 'r9', 'item 3.4: value 2.5 is not on '],
    ]);
  });

  test('header problems are fatal and all reported', () => {
    const { responses, problems } = readResponses(
      'id,1.1,9.9,1.1\r\nr1,4,4,4\r\n',
      ResponsesFormat.csv,
      model,
    );
    expect(responses).toEqual([]);
    expect(problems.map((p) => [p.line, p.column, p.fatal, p.message.slice(0, 14)])).toEqual([
      [1, 1, true, 'column "id" is'],
      [1, 1, true, 'the header has'],
      [1, 8, true, 'column "9.9" i'],
      [1, 12, true, 'column "1.1" a'],
    ]);
  });

  test('an unclosed quote is one fatal located problem', () => {
    expect(readResponses('respondent,1.1\r\n"r1,4\r\n', ResponsesFormat.csv, model).problems).toEqual([
      expect.objectContaining({ code: AgilityIssueCode.malformedResponses, line: 2, column: 1, fatal: true }),
    ]);
  });
});

describe('resultTable', () => {
  test('one wide row per respondent, unrounded numbers, empty cells for null, background last', () => {
    const answers = { '2.1': 4, '2.2': 4, '2.3': 4, '2.4': 4, '2.5': 4, '2.6': 3, 'D6-S1': 'A' };
    const result = scoreQuestionnaire(model, answers);
    const [header = [], row = []] = resultTable(model, [
      { respondent: 'r1', background: { country: 'FR' }, result },
    ]);
    expect(header.slice(0, 8)).toEqual([
      'respondent',
      'model.id',
      'model.version',
      'index',
      'indexWeightShare',
      'level',
      'D1.status',
      'D1.score',
    ]);
    expect(header).toHaveLength(6 + 8 * 10 + 4 + 1);
    const at = (column: string) => row[header.indexOf(column)];
    expect(at('index')).toBe('');
    expect(at('D2.status')).toBe('scored');
    expect(at('D2.score')).toBe(String(result.dimensions[1]?.score));
    expect(at('D2.score')).toBe('70.83333333333333');
    expect(at('D1.status')).toBe('insufficient-data');
    expect(at('D1.score')).toBe('');
    expect(at('D6.knowledge')).toBe('0');
    expect(at('critical')).toBe('D6-S1');
    expect(at('modules.priority')).toBe('M4');
    expect(at('bg.country')).toBe('FR');
  });
});
