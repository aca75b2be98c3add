// Draws `draw` of its questions for each assessment attempt; every question of a bank is scored, same points.
import schema from './question-bank.schema.json' with { type: 'json' };
import { isObj, list, type CheckContext, type Obj } from '../../check-context.ts';
import { buildQuestion } from '../../build-question.ts';
import { checkQuestion } from '../../check-question.ts';
import { compileQuestion } from '../../compile-question.ts';
import { DiagnosticCode } from '../../diagnostic.ts';
import type { SourcePath } from '../../yaml-document.ts';
import type { BlockKindModule } from '../block-kind.ts';
import { scorable } from '../question/question.ts';
import { questionBankCompiled } from './question-bank-compiled.ts';

export const questionBankKind: BlockKindModule<'question-bank'> = {
  ...questionBankCompiled,
  summary: 'Questions of which the player draws `draw` at random for each learner.',
  schema,
  check: checkBank,
  build: (b, id, ctx) => ({
    type: 'question-bank',
    id,
    draw: b.draw,
    questions: b.questions.map((q) => buildQuestion(q, ctx.languages)),
  }),
  compile: (b, { inline, text }) => ({
    type: 'question-bank',
    id: b.id,
    draw: b.draw,
    questions: b.questions.map((q) => compileQuestion(q, inline, text)),
  }),
};

async function checkBank(ctx: CheckContext, b: Obj, path: SourcePath): Promise<void> {
  const questions = list(b.questions);
  const count = questions.length;
  if (typeof b.draw === 'number' && count > 0 && b.draw > count) {
    ctx.out.error([...path, 'draw'], {
      code: DiagnosticCode.bankDraw,
      message: `draw is ${b.draw} but the bank has only ${count} question${count === 1 ? '' : 's'}.`,
      hint: `Draw at most ${count}, or add questions to the bank.`,
    });
  }
  let points: { value: number; index: number } | undefined;
  for (const [i, q] of questions.entries()) {
    if (!isObj(q)) continue;
    const qPath = [...path, 'questions', i];
    ctx.unique(ctx.blockIds, q.id, [...qPath, 'id'], 'block', 'in the whole course');
    if (q.scored === false || !scorable(q)) {
      ctx.out.error(
        q.scored === false ? [...qPath, 'scored'] : [...qPath, 'kind'],
        {
          code: DiagnosticCode.bankQuestions,
          message: 'every question of a bank is scored: a bank draws questions for the assessment.',
          hint: 'Move practice questions and likert scales out of the bank.',
        },
        q.scored === false ? 'key' : 'value',
      );
    } else ctx.scored++;
    const value = typeof q.points === 'number' ? q.points : 1;
    if (points === undefined) points = { value, index: i };
    else if (value !== points.value) {
      ctx.out.error(q.points === undefined ? qPath : [...qPath, 'points'], {
        code: DiagnosticCode.bankQuestions,
        message: `this question is worth ${value} point${value === 1 ? '' : 's'} but question ${points.index + 1} of the bank is worth ${points.value}; every question of a bank has the same points.`,
        hint: 'Otherwise two learners could get different maximum scores.',
      });
    }
    await checkQuestion(ctx, q, qPath);
  }
}
