// A statement the learner says is true or false: two choices, `true` then `false`, with built-in labels.
import schema from './true-false.schema.json' with { type: 'json' };
import { DiagnosticCode } from '../../diagnostic.ts';
import { TRUE_FALSE_LANGUAGES, trueFalseLabels } from '../../true-false-labels.ts';
import { choicesLayout, compileChoices, expectedChoices } from '../choice-questions.ts';
import { languagesWithout, type QuestionKindModule } from '../question-kind.ts';

export const trueFalseKind: QuestionKindModule<'true-false'> = {
  summary: 'A statement the learner says is true or false, with built-in labels.',
  schema,
  scorable: true,
  ownKeys: ['answer'],
  check(ctx, _q, path) {
    const unlabelled = languagesWithout(ctx, TRUE_FALSE_LANGUAGES);
    if (unlabelled.length > 0) {
      ctx.out.warning([...path, 'kind'], {
        code: DiagnosticCode.trueFalseLabels,
        message: `true-false choices have no built-in labels in ${unlabelled.join(', ')}: English is used.`,
        hint: `Built-in labels: ${TRUE_FALSE_LANGUAGES.join(', ')}. Use a single-choice question with your own labels.`,
      });
    }
  },
  build(q, languages) {
    const labels = trueFalseLabels(languages);
    return {
      choices: [true, false].map((value) => ({
        id: String(value),
        label: value ? labels.true : labels.false,
        correct: q.answer === value,
        weight: q.answer === value ? 1 : 0,
      })),
    };
  },
  // The labels are built-in plain text, not Markdown.
  compile: (q, render) => compileChoices(q, render, render.text),
  expected: expectedChoices,
  // Its two choices are the standard's own `true` and `false`: no components.
  interaction: () => ({ type: 'true-false' }),
  correct: (q) =>
    q.choices.filter((c) => c.correct).map((c) => ({ type: 'true-false', value: c.id === 'true' })),
  layout: choicesLayout,
};
