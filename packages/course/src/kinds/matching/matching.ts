// Match each source to one target (targets may outnumber sources); score = points × correct pairs / sources.
import schema from './matching.schema.json' with { type: 'json' };
import { isObj, list, str, type CheckContext, type Obj } from '../../check-context.ts';
import { closestMatch } from '../../closest-match.ts';
import { DiagnosticCode } from '../../diagnostic.ts';
import { interactionComponents } from '../../interaction-components.ts';
import { localized } from '../../localized.ts';
import { labelTexts } from '../../question-texts.ts';
import type { SourcePath } from '../../yaml-document.ts';
import type { QuestionKindModule } from '../question-kind.ts';

const position = (i: number) => String(i + 1);

export const matchingKind: QuestionKindModule<'matching'> = {
  summary: 'Match each source to one target; targets may outnumber sources.',
  schema,
  scorable: true,
  ownKeys: ['sources', 'targets'],
  check: checkMatching,
  build(q, languages) {
    const sources = (q.sources ?? []).map((s, i) => ({
      id: s.id ?? position(i),
      label: localized(s.label, languages),
    }));
    return {
      sources,
      targets: (q.targets ?? []).map((t) => ({ id: t.id, label: localized(t.label, languages) })),
      answer: (q.sources ?? []).map((s) => s.match),
    };
  },
  compile(q, { inline }) {
    const labelled = (items: { id: string; label: Record<string, string> }[]) =>
      items.map((it) => ({ id: it.id, label: inline(it.label) }));
    return { sources: labelled(q.sources), targets: labelled(q.targets), answer: [...q.answer] };
  },
  expected(q, { plain }) {
    return q.sources
      .map((s, i) => {
        const target = q.targets.find((tg) => tg.id === q.answer[i]);
        return `${plain(s.label)} → ${target ? plain(target.label) : ''}`;
      })
      .join(' ; ');
  },
  interaction: (q) => ({
    type: 'matching',
    source: interactionComponents(q.sources),
    target: interactionComponents(q.targets),
  }),
  correct: (q) => [{ type: 'matching', pairs: q.sources.map((s, i) => [s.id, q.answer[i] ?? '']) }],
  labelTexts: (q) => labelTexts(q.targets),
  layout: (q) => ({
    id: q.id,
    kind: 'match',
    options: q.targets.map((t) => t.id),
    sources: q.sources.length,
  }),
};

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
