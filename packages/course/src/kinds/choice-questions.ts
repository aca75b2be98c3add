// What the three choice kinds (single-choice, multiple-choice, true-false) share: one ChoiceQuestion shape.
import schema from './choice-questions.schema.json' with { type: 'json' };
import { isObj, list, type CheckContext, type Obj } from '../check-context.ts';
import type { CompiledChoice, CompiledInteraction, Localized } from '../compiled-course.ts';
import { defaultChoiceId, defaultWeights } from '../course-defaults.ts';
import type { QuestionBlockSource } from '../course-source.ts';
import { DiagnosticCode } from '../diagnostic.ts';
import { interactionComponents } from '../interaction-components.ts';
import type { InteractionValue } from '@dlis/tracking/correct-patterns';
import type { LayoutQuestion } from '../learner-state-layout.ts';
import { localized } from '../localized.ts';
import type { SourcePath } from '../yaml-document.ts';
import type { AnswerLanguage, QuestionKindModule, QuestionOf, QuestionRender } from './question-kind.ts';

type ChoiceKind = 'single-choice' | 'multiple-choice' | 'true-false';

type AuthoredChoiceKind = 'single-choice' | 'multiple-choice';

/** The module of a kind whose choices the author writes: single-choice and multiple-choice differ only in checks. */
export function choiceKind<K extends AuthoredChoiceKind>(kind: K, summary: string): QuestionKindModule<K> {
  const module: QuestionKindModule<AuthoredChoiceKind> = {
    summary,
    schema,
    scorable: true,
    ownKeys: ['choices'],
    check: checkChoices,
    build: (q, languages) => buildChoices({ ...q, kind }, languages),
    compile: (q, render) => compileChoices(q, render, render.inline),
    expected: expectedChoices,
    interaction: choiceInteraction,
    correct: correctChoices,
    layout: choicesLayout,
  };
  return module as unknown as QuestionKindModule<K>;
}

/** The choices of a single- or multiple-choice source, default ids and weights applied. */
export function buildChoices(
  q: QuestionBlockSource & { kind: 'single-choice' | 'multiple-choice' },
  languages: readonly string[],
): { choices: CompiledChoice[] } {
  const source = q.choices ?? [];
  const weights = defaultWeights(
    q.kind,
    source.map((c) => ({
      correct: c.correct === true,
      ...(c.weight === undefined ? {} : { weight: c.weight }),
    })),
  );
  return {
    choices: source.map((c, i) => ({
      id: c.id ?? defaultChoiceId(i),
      label: localized(c.label, languages),
      correct: c.correct === true,
      weight: weights[i]!,
      ...(c.feedback ? { feedback: localized(c.feedback, languages) } : {}),
    })),
  };
}

/** Compiled choices; `label` renders the labels (inline Markdown, or plain text for true-false). */
export function compileChoices(
  q: QuestionOf<ChoiceKind>,
  render: QuestionRender,
  label: (text: Localized) => Localized,
): { choices: CompiledChoice[] } {
  return {
    choices: q.choices.map((c) => ({
      id: c.id,
      label: label(c.label),
      correct: c.correct,
      weight: c.weight,
      ...(c.feedback ? { feedback: render.inline(c.feedback) } : {}),
    })),
  };
}

/** The correct choices' labels, or undefined when none is correct (opinion choices). */
export function expectedChoices(q: QuestionOf<ChoiceKind>, language: AnswerLanguage): string | undefined {
  const right = q.choices.filter((c) => c.correct).map((c) => language.plain(c.label));
  return right.length ? right.join(', ') : undefined;
}

/** A choice among the labelled choices (single- and multiple-choice). */
export function choiceInteraction(q: QuestionOf<'single-choice' | 'multiple-choice'>): CompiledInteraction {
  return { type: 'choice', choices: interactionComponents(q.choices) };
}

export function choicesLayout(q: QuestionOf<ChoiceKind>): LayoutQuestion {
  return { id: q.id, kind: 'choices', options: q.choices.map((c) => c.id) };
}

/** Checks of a single- or multiple-choice question: choice ids and texts, correct choices, reachable score. */
export async function checkChoices(ctx: CheckContext, q: Obj, path: SourcePath): Promise<void> {
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

/** The right choices as one choice pattern (none when no choice is right: an opinion). */
export function correctChoices(q: QuestionOf<ChoiceKind>): InteractionValue[] {
  const right = q.choices.filter((c) => c.correct).map((c) => c.id);
  return right.length ? [{ type: 'choice', choices: right }] : [];
}
