import { closestMatch } from './closest-match.ts';
import { isObj, list, str, type CheckContext, type Obj } from './check-context.ts';
import {
  DEFAULT_FILL_IN_MAX_LENGTH,
  decimalsOf,
  defaultChoiceId,
  defaultWeights,
} from './course-defaults.ts';
import { DiagnosticCode } from './diagnostic.ts';
import { LIKERT_LANGUAGES } from './likert-presets.ts';
import { TRUE_FALSE_LANGUAGES } from './true-false-labels.ts';
import type { SourcePath } from './yaml-document.ts';

/** Checks of one question (outside or inside a bank) that the schema cannot express. */
export async function checkQuestion(ctx: CheckContext, q: Obj, path: SourcePath): Promise<void> {
  await ctx.markdownTexts([...path, 'prompt'], q.prompt, true);
  if (isObj(q.feedback)) {
    await ctx.markdownTexts([...path, 'feedback', 'correct'], q.feedback.correct, true);
    await ctx.markdownTexts([...path, 'feedback', 'incorrect'], q.feedback.incorrect, true);
  }
  const builtIn = (supported: readonly string[]) =>
    ctx.languages.filter((l) => !supported.includes(l.split('-')[0]!));
  switch (q.kind) {
    case 'single-choice':
    case 'multiple-choice':
      return checkChoices(ctx, q, path);
    case 'true-false': {
      const unlabelled = builtIn(TRUE_FALSE_LANGUAGES);
      if (unlabelled.length > 0) {
        ctx.out.warning([...path, 'kind'], {
          code: DiagnosticCode.trueFalseLabels,
          message: `true-false choices have no built-in labels in ${unlabelled.join(', ')}: English is used.`,
          hint: `Built-in labels: ${TRUE_FALSE_LANGUAGES.join(', ')}. Use a single-choice question with your own labels.`,
        });
      }
      return;
    }
    case 'matching':
      return checkMatching(ctx, q, path);
    case 'ordering':
      ctx.itemIds(q.items, [...path, 'items'], 'item', defaultChoiceId);
      for (const [i, item] of list(q.items).entries())
        if (isObj(item)) await ctx.markdownTexts([...path, 'items', i, 'label'], item.label, true);
      return;
    case 'fill-in': {
      ctx.translations([...path, 'accepted'], q.accepted);
      const maxLength = typeof q.maxLength === 'number' ? q.maxLength : DEFAULT_FILL_IN_MAX_LENGTH;
      if (!isObj(q.accepted)) return;
      for (const language of ctx.languages) {
        for (const [i, answer] of list(q.accepted[language]).entries()) {
          if (typeof answer === 'string' && answer.trim().length > maxLength) {
            ctx.out.error([...path, 'accepted', language, i], {
              code: DiagnosticCode.fillInAnswer,
              message: `this answer has ${answer.trim().length} characters, more than maxLength (${maxLength}): nobody could type it.`,
              hint: 'Shorten the answer, or raise `maxLength` (at most 250).',
            });
          }
        }
      }
      return;
    }
    case 'numeric':
      return checkNumeric(ctx, q, path);
    case 'likert': {
      if (q.scored === true) {
        ctx.out.error(
          [...path, 'scored'],
          {
            code: DiagnosticCode.likertScored,
            message: 'a likert question has no right answer, so it cannot be scored.',
            hint: 'Remove `scored: true` (likert questions are never scored), or use another kind of question.',
          },
          'key',
        );
      }
      if (typeof q.scale === 'string') {
        const unlabelled = builtIn(LIKERT_LANGUAGES);
        if (unlabelled.length > 0) {
          ctx.out.warning([...path, 'scale'], {
            code: DiagnosticCode.likertLabels,
            message: `scale '${q.scale}' has no built-in labels in ${unlabelled.join(', ')}: English is used.`,
            hint: `Built-in labels: ${LIKERT_LANGUAGES.join(', ')}. Give the scale as a list of labels instead.`,
          });
        }
      } else {
        ctx.itemIds(q.scale, [...path, 'scale'], 'scale point');
        for (const [i, point] of list(q.scale).entries())
          if (isObj(point)) await ctx.markdownTexts([...path, 'scale', i, 'label'], point.label, true);
      }
      return;
    }
  }
}

async function checkChoices(ctx: CheckContext, q: Obj, path: SourcePath): Promise<void> {
  const { out } = ctx;
  const choices = list(q.choices).filter(isObj);
  ctx.itemIds(q.choices, [...path, 'choices'], 'choice', defaultChoiceId, 'in this question');
  for (const [c, choice] of list(q.choices).entries()) {
    if (!isObj(choice)) continue;
    await ctx.markdownTexts([...path, 'choices', c, 'label'], choice.label, true);
    await ctx.markdownTexts([...path, 'choices', c, 'feedback'], choice.feedback, true);
  }
  const correct = choices.filter((c) => c.correct === true).length;
  if (q.kind === 'single-choice' && correct !== 1) {
    out.error(
      [...path, 'choices'],
      {
        code: DiagnosticCode.correctChoices,
        message: `a single-choice question needs exactly one correct choice; this one has ${correct}.`,
        hint:
          correct > 1
            ? "Use 'kind: multiple-choice' if several answers are right."
            : 'Mark the right answer with `correct: true`.',
      },
      'key',
    );
  } else if (q.kind === 'multiple-choice' && correct === 0) {
    out.error(
      [...path, 'choices'],
      {
        code: DiagnosticCode.correctChoices,
        message: 'a multiple-choice question needs at least one correct choice.',
        hint: 'Mark the right answers with `correct: true`.',
      },
      'key',
    );
  } else if (q.scored !== false && choices.length > 0) {
    const weights = defaultWeights(
      q.kind as 'single-choice' | 'multiple-choice',
      choices.map((c) => ({
        correct: c.correct === true,
        ...(typeof c.weight === 'number' ? { weight: c.weight } : {}),
      })),
    );
    const best =
      q.kind === 'single-choice'
        ? Math.max(...weights)
        : weights.filter((w) => w > 0).reduce((a, b) => a + b, 0);
    if (best < 1 - 1e-9) {
      out.warning(
        [...path, 'choices'],
        {
          code: DiagnosticCode.unreachableScore,
          message: `with these weights the best answer earns only ${Math.round(Math.max(0, best) * 100)}% of the points.`,
          hint: 'Give the correct choices weights that add up to 1.',
        },
        'key',
      );
    }
  }
}

async function checkMatching(ctx: CheckContext, q: Obj, path: SourcePath): Promise<void> {
  ctx.itemIds(q.sources, [...path, 'sources'], 'source');
  ctx.itemIds(q.targets, [...path, 'targets'], 'target');
  const targets = list(q.targets).filter(isObj);
  const targetIds = targets.flatMap((t) => (typeof t.id === 'string' ? [t.id] : []));
  const usedBy = new Map<string, number>();
  for (const [i, source] of list(q.sources).entries()) {
    if (!isObj(source)) continue;
    await ctx.markdownTexts([...path, 'sources', i, 'label'], source.label, true);
    const match = str(source.match);
    if (match === undefined) continue;
    if (!targetIds.includes(match)) {
      const suggestion = closestMatch(match, targetIds);
      ctx.out.error([...path, 'sources', i, 'match'], {
        code: DiagnosticCode.matchingAnswer,
        message: `'${match}' is not the id of a target.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`,
        hint: `Target ids: ${targetIds.join(', ')}.`,
      });
    } else if (usedBy.has(match)) {
      ctx.out.error([...path, 'sources', i, 'match'], {
        code: DiagnosticCode.matchingAnswer,
        message: `target '${match}' is already the answer of source ${usedBy.get(match)! + 1}; a target matches one source at most.`,
        hint: 'Add a target for this source (targets may outnumber sources, never the other way round).',
      });
    } else usedBy.set(match, i);
  }
  for (const [i, target] of targets.entries())
    await ctx.markdownTexts([...path, 'targets', i, 'label'], target.label, true);
}

function checkNumeric(ctx: CheckContext, q: Obj, path: SourcePath): void {
  const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
  const [exact, min, max] = [num(q.exact), num(q.min), num(q.max)];
  const fail = (at: SourcePath, message: string, hint?: string) =>
    ctx.out.error(at, { code: DiagnosticCode.numericAnswer, message, hint }, 'key');
  ctx.translations([...path, 'unit'], q.unit);
  if (exact === undefined && min === undefined && max === undefined) {
    fail(
      path,
      'a numeric question needs its answer: `exact`, or `min` and/or `max`.',
      'E.g. `exact: 42`, or `min: 40` and `max: 45`.',
    );
    return;
  }
  if (exact !== undefined && (min !== undefined || max !== undefined)) {
    fail([...path, 'exact'], 'give either `exact` or a range (`min`, `max`), not both.');
  }
  if (min !== undefined && max !== undefined && min > max) {
    fail([...path, 'min'], `min (${min}) is greater than max (${max}): no answer could be right.`);
  }
  const decimals = num(q.decimals);
  if (decimals === undefined) return;
  for (const [key, value] of [
    ['exact', exact],
    ['min', min],
    ['max', max],
  ] as const) {
    if (value !== undefined && decimalsOf(value) > decimals) {
      fail(
        [...path, key],
        `${key} has ${decimalsOf(value)} decimal places but the question accepts ${decimals}: the answer could not be typed.`,
        `Raise \`decimals\` to ${decimalsOf(value)}, or round ${key}.`,
      );
    }
  }
}
