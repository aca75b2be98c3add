import type { AgilityDefinition } from './agility-definition.ts';
import { NOT_APPLICABLE, type AgilityAnswers } from './agility-answers.ts';
import { AgilityIssueCode, type AgilityIssue } from './agility-error.ts';

/**
 * Every problem of a set of answers against a definition (empty: scoreable): unknown ids, self-assessment answers
 * that are not an integer 1..5 or an allowed `'na'`, scenario answers that are not an option id. Missing answers
 * (absent key or null) are not problems: they are scored as missing.
 */
export function validateAnswers(definition: AgilityDefinition, answers: AgilityAnswers): AgilityIssue[] {
  const issues: AgilityIssue[] = [];
  const items = new Map(definition.items.map((i) => [i.id, i]));
  const scenarios = new Map(definition.scenarios.map((s) => [s.id, s]));
  for (const id of Object.keys(answers).sort()) {
    const value = answers[id];
    if (value === null || value === undefined) continue;
    const item = items.get(id);
    const scenario = scenarios.get(id);
    if (item !== undefined) {
      if (value === NOT_APPLICABLE) {
        if (!item.notApplicableAllowed) {
          issues.push({
            code: AgilityIssueCode.notApplicableRefused,
            id,
            message: `Item ${id} does not offer "not applicable"; answer 1..5 or leave it empty.`,
          });
        }
      } else if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 5) {
        issues.push({
          code: AgilityIssueCode.notOnScale,
          id,
          message: `Item ${id} has the answer ${JSON.stringify(value)}; expected an integer 1..5 or "${NOT_APPLICABLE}".`,
        });
      }
    } else if (scenario !== undefined) {
      if (typeof value !== 'string' || !scenario.options.some((o) => o.id === value)) {
        const ids = scenario.options.map((o) => o.id).join(', ');
        issues.push({
          code: AgilityIssueCode.unknownOption,
          id,
          message: `Scenario ${id} has the answer ${JSON.stringify(value)}; expected one of ${ids}, or no answer.`,
        });
      }
    } else {
      issues.push({
        code: AgilityIssueCode.unknownId,
        id,
        message: `"${id}" is neither an item nor a scenario of ${definition.id} ${definition.version}; check the id.`,
      });
    }
  }
  return issues;
}
