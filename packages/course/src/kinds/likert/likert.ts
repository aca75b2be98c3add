// An opinion scale (a preset or the author's points): no right answer, never scored, recorded as likert.
import schema from './likert.schema.json' with { type: 'json' };
import { isObj, list } from '../../check-context.ts';
import { DiagnosticCode } from '../../diagnostic.ts';
import { interactionComponents } from '../../interaction-components.ts';
import { LIKERT_LANGUAGES, likertPreset } from '../../likert-presets.ts';
import { localized } from '../../localized.ts';
import { languagesWithout, type QuestionKindModule } from '../question-kind.ts';

const position = (i: number) => String(i + 1);

export const likertKind: QuestionKindModule<'likert'> = {
  summary: 'An opinion scale with no right answer, never scored.',
  schema,
  scorable: false,
  ownKeys: ['scale'],
  async check(ctx, q, path) {
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
      const unlabelled = languagesWithout(ctx, LIKERT_LANGUAGES);
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
  },
  build: (q, languages) => ({
    scale:
      typeof q.scale === 'string'
        ? likertPreset(q.scale, languages)
        : (q.scale ?? []).map((p, i) => ({ id: p.id ?? position(i), label: localized(p.label, languages) })),
  }),
  compile: (q, { inline }) => ({ scale: q.scale.map((p) => ({ id: p.id, label: inline(p.label) })) }),
  expected: () => undefined,
  interaction: (q) => ({ type: 'likert', scale: interactionComponents(q.scale) }),
  correct: () => [],
  layout: (q) => ({ id: q.id, kind: 'choices', options: q.scale.map((p) => p.id) }),
};
