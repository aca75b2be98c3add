import { isObj, list, str, type CheckContext } from './check-context.ts';
import { closestMatch } from './closest-match.ts';
import { DiagnosticCode } from './diagnostic.ts';
import type { SourcePath } from './yaml-document.ts';

/** Declared course variables: variable id → its value ids. */
export type DeclaredVariables = ReadonlyMap<string, readonly string[]>;

const didYouMean = (input: string, candidates: readonly string[]) => {
  const suggestion = closestMatch(input, candidates);
  return suggestion ? ` Did you mean '${suggestion}'?` : '';
};

/** The `variables:` of course.yaml: unique ids, unique values per variable, every label translated. */
export function checkVariables(ctx: CheckContext, variables: unknown): DeclaredVariables {
  const declared = new Map<string, string[]>();
  const seen = new Map<string, SourcePath>();
  for (const [i, variable] of list(variables).entries()) {
    if (!isObj(variable)) continue;
    const path = ['variables', i];
    ctx.unique(seen, variable.id, [...path, 'id'], 'variable', 'among the variables');
    ctx.translations([...path, 'label'], variable.label);
    ctx.itemIds(variable.values, [...path, 'values'], 'value', () => '', 'in this variable');
    const values: string[] = [];
    for (const [v, value] of list(variable.values).entries()) {
      if (!isObj(value)) continue;
      ctx.translations([...path, 'values', v, 'label'], value.label);
      const id = str(value.id);
      if (id !== undefined) values.push(id);
    }
    const id = str(variable.id);
    if (id !== undefined && !declared.has(id)) declared.set(id, values);
  }
  return declared;
}

/** A `when:` at `path` (of a page, block or question): every variable declared, every value one of its values. */
export function checkCondition(
  ctx: CheckContext,
  declared: DeclaredVariables,
  when: unknown,
  path: SourcePath,
): void {
  if (!isObj(when)) return;
  for (const [variable, values] of Object.entries(when)) {
    const allowed = declared.get(variable);
    if (allowed === undefined) {
      ctx.out.error(
        [...path, variable],
        {
          code: DiagnosticCode.unknownVariable,
          message: `'${variable}' is not a course variable.${didYouMean(variable, [...declared.keys()])}`,
          hint:
            declared.size > 0
              ? `Course variables: ${[...declared.keys()].join(', ')}.`
              : 'Declare it under `variables:` in course.yaml, with its values.',
        },
        'key',
      );
      continue;
    }
    const written: [SourcePath, unknown][] = Array.isArray(values)
      ? values.map((v, i): [SourcePath, unknown] => [[...path, variable, i], v])
      : [[[...path, variable], values]];
    for (const [at, value] of written) {
      if (typeof value !== 'string' || allowed.includes(value)) continue;
      ctx.out.error(at, {
        code: DiagnosticCode.unknownVariableValue,
        message: `'${value}' is not a value of variable '${variable}'.${didYouMean(value, allowed)}`,
        hint: `Values of '${variable}': ${allowed.join(', ')}.`,
      });
    }
  }
}

/** A `variable-choice` block: the variable it sets is declared; its prompt is translated. */
export async function checkVariableChoice(
  ctx: CheckContext,
  declared: DeclaredVariables,
  block: Record<string, unknown>,
  path: SourcePath,
): Promise<void> {
  const variable = str(block.variable);
  if (variable !== undefined && !declared.has(variable)) {
    ctx.out.error([...path, 'variable'], {
      code: DiagnosticCode.unknownVariable,
      message: `'${variable}' is not a course variable.${didYouMean(variable, [...declared.keys()])}`,
      hint: 'Declare it under `variables:` in course.yaml, with its values.',
    });
  }
  await ctx.markdownTexts([...path, 'prompt'], block.prompt, true);
}
