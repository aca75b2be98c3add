import { NOT_APPLICABLE } from '../agility-answers.ts';
import type { AgilityDefinition } from '../agility-definition.ts';
import { AgilityIssueCode, type AgilityIssue } from '../agility-error.ts';
import { scoreQuestionnaire } from '../score-questionnaire.ts';
import { validateAnswers } from '../validate-answers.ts';
import { sortProblems } from './read-responses.ts';
import type {
  ReadResponsesResult,
  RespondentResponses,
  ResponsesProblem,
  ScoreResponsesResult,
  ScoredResponse,
} from './respondent-responses.ts';

/**
 * Scores every respondent read by readResponses() with scoreQuestionnaire(). A respondent whose answers are
 * invalid (unknown id, value off the scale, unknown option, `na` refused) is skipped, with one located problem
 * per invalid answer; the others are scored. The read problems are carried over.
 */
export function scoreResponses(
  definition: AgilityDefinition,
  read: ReadResponsesResult,
): ScoreResponsesResult {
  const scored: ScoredResponse[] = [];
  const problems: ResponsesProblem[] = [...read.problems];
  for (const response of read.responses) {
    const issues = validateAnswers(definition, response.answers);
    if (issues.length > 0) {
      problems.push(...issues.map((issue) => locate(definition, response, issue)));
      continue;
    }
    scored.push({
      respondent: response.respondent,
      background: response.background,
      result: scoreQuestionnaire(definition, response.answers),
    });
  }
  return { scored, problems: sortProblems(problems) };
}

function locate(
  definition: AgilityDefinition,
  response: RespondentResponses,
  issue: AgilityIssue,
): ResponsesProblem {
  const at = response.answerPositions[issue.id] ?? response.position;
  const value = response.answers[issue.id];
  const shown = typeof value === 'string' ? JSON.stringify(value) : String(value);
  let message: string;
  switch (issue.code) {
    case AgilityIssueCode.notOnScale:
      message = `item ${issue.id}: value ${shown} is not on the 1-5 scale (answer an integer 1..5, "${NOT_APPLICABLE}", or leave it empty).`;
      break;
    case AgilityIssueCode.notApplicableRefused:
      message = `item ${issue.id}: "${NOT_APPLICABLE}" is not offered for this item (answer 1..5 or leave it empty).`;
      break;
    case AgilityIssueCode.unknownOption: {
      const options = definition.scenarios.find((s) => s.id === issue.id)?.options.map((o) => o.id) ?? [];
      message = `scenario ${issue.id}: value ${shown} is not one of its options (${options.join(', ')}), or leave it empty.`;
      break;
    }
    case AgilityIssueCode.unknownId:
      message = `"${issue.id}" is neither an item nor a scenario of ${definition.id} ${definition.version}; check the id.`;
      break;
    default:
      message = issue.message;
  }
  return {
    code: issue.code,
    line: at.line,
    column: at.column,
    respondent: response.respondent,
    message,
    fatal: false,
  };
}
