import { isObj, type CheckContext, type Obj } from './check-context.ts';
import { questionKindOf } from './kinds/question-kinds.ts';
import type { SourcePath } from './yaml-document.ts';

/**
 * Checks of one question (outside or inside a bank) that the schema cannot express: its prompt and feedback
 * here, the rest by its kind's module (kinds/<kind>/).
 */
export async function checkQuestion(ctx: CheckContext, q: Obj, path: SourcePath): Promise<void> {
  await ctx.markdownTexts([...path, 'prompt'], q.prompt, true);
  if (isObj(q.feedback)) {
    await ctx.markdownTexts([...path, 'feedback', 'correct'], q.feedback.correct, true);
    await ctx.markdownTexts([...path, 'feedback', 'incorrect'], q.feedback.incorrect, true);
  }
  await questionKindOf(q.kind)?.check(ctx, q, path);
}
