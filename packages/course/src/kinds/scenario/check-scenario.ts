import { closestMatch } from '../../closest-match.ts';
import { isObj, list, str, type CheckContext, type Obj } from '../../check-context.ts';
import { defaultScenarioChoiceId } from '../../course-defaults.ts';
import { DiagnosticCode } from '../../diagnostic.ts';
import {
  MAX_SCENARIO_SITUATIONS,
  reachableSituations,
  scenarioMaxScore,
  situationsReachingAnEnding,
  type ScenarioGraph,
} from '../../scenario-graph.ts';
import type { SourcePath } from '../../yaml-document.ts';

/**
 * A scenario's texts, ids and graph: every `next` known, every situation reachable from `start`, none
 * without choices, none from which no ending can be reached; a scored scenario must be able to earn points.
 */
export async function checkScenario(ctx: CheckContext, block: Obj, path: SourcePath): Promise<void> {
  const { out } = ctx;
  ctx.translations([...path, 'title'], block.title);
  await ctx.markdownTexts([...path, 'intro'], block.intro, false);
  const nodes = new Map<string, SourcePath>();
  const choiceIds = new Map<string, SourcePath>();
  const situations = list(block.situations);
  const endings = list(block.endings);
  for (const [i, s] of situations.entries()) {
    if (!isObj(s)) continue;
    const sPath = [...path, 'situations', i];
    ctx.unique(nodes, s.id, [...sPath, 'id'], 'situation or ending', 'in this scenario');
    await ctx.body(sPath, s, 'a situation');
    for (const [c, choice] of list(s.choices).entries()) {
      if (!isObj(choice)) continue;
      const cPath = [...sPath, 'choices', c];
      const written = choice.id !== undefined;
      const id = written
        ? choice.id
        : typeof s.id === 'string'
          ? defaultScenarioChoiceId(s.id, c)
          : undefined;
      ctx.unique(choiceIds, id, written ? [...cPath, 'id'] : cPath, 'choice', 'in the whole scenario');
      await ctx.markdownTexts([...cPath, 'label'], choice.label, true);
      await ctx.markdownTexts([...cPath, 'feedback'], choice.feedback, true);
    }
  }
  for (const [i, e] of endings.entries()) {
    if (!isObj(e)) continue;
    ctx.unique(nodes, e.id, [...path, 'endings', i, 'id'], 'situation or ending', 'in this scenario');
    await ctx.body([...path, 'endings', i], e, 'an ending');
  }

  const graph: ScenarioGraph = {
    start: str(block.start) ?? '',
    situations: situations.filter(isObj).flatMap((s) =>
      typeof s.id === 'string'
        ? [
            {
              id: s.id,
              choices: list(s.choices)
                .filter(isObj)
                .map((c) => ({ score: typeof c.score === 'number' ? c.score : 0, next: str(c.next) ?? '' })),
            },
          ]
        : [],
    ),
    endings: endings.filter(isObj).flatMap((e) => (typeof e.id === 'string' ? [{ id: e.id }] : [])),
  };
  if (graph.situations.length > MAX_SCENARIO_SITUATIONS) {
    out.error(
      [...path, 'situations'],
      {
        code: DiagnosticCode.scenarioTooLarge,
        message: `this scenario has ${graph.situations.length} situations; at most ${MAX_SCENARIO_SITUATIONS} are allowed.`,
        hint: 'Split it into several shorter scenarios.',
      },
      'key',
    );
    return;
  }
  const situationIds = graph.situations.map((s) => s.id);
  const known = [...situationIds, ...graph.endings.map((e) => e.id)];
  const unknown = (at: SourcePath, id: string, what: string, candidates: string[]) => {
    const suggestion = closestMatch(id, candidates);
    out.error(at, {
      code: DiagnosticCode.scenarioUnknownNext,
      message: `'${id}' is not the id of ${what} of this scenario.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`,
      hint: `Ids: ${candidates.join(', ')}.`,
    });
  };
  if (typeof block.start === 'string' && !situationIds.includes(block.start)) {
    unknown([...path, 'start'], block.start, 'a situation', situationIds);
  }
  for (const [i, s] of situations.entries()) {
    if (!isObj(s)) continue;
    for (const [c, choice] of list(s.choices).entries()) {
      const next = isObj(choice) ? str(choice.next) : undefined;
      if (next !== undefined && !known.includes(next))
        unknown([...path, 'situations', i, 'choices', c, 'next'], next, 'a situation or an ending', known);
    }
  }
  if (!situationIds.includes(graph.start)) return;

  const reachable = reachableSituations(graph);
  const reachEnding = situationsReachingAnEnding(graph);
  for (const [i, s] of situations.entries()) {
    if (!isObj(s) || typeof s.id !== 'string') continue;
    const at = [...path, 'situations', i, 'id'];
    if (!reachable.has(s.id)) {
      out.error(at, {
        code: DiagnosticCode.scenarioUnreachable,
        message: `situation '${s.id}' cannot be reached from the start ('${graph.start}').`,
        hint: 'Lead a choice to it (`next: ' + s.id + '`), or remove it.',
      });
    } else if (list(s.choices).length === 0) {
      out.error(
        [...path, 'situations', i, 'choices'],
        {
          code: DiagnosticCode.scenarioDeadEnd,
          message: `situation '${s.id}' has no choices: the learner would be stuck there.`,
          hint: 'Give it at least one choice, or make it an ending (under `endings:`).',
        },
        'key',
      );
    } else if (!reachEnding.has(s.id)) {
      out.error(at, {
        code: DiagnosticCode.scenarioNoWayOut,
        message: `no ending can be reached from situation '${s.id}': the learner would go round in circles.`,
        hint: 'Lead at least one choice of this loop to an ending.',
      });
    }
  }
  if (block.scored === false) return;
  const best = scenarioMaxScore(graph);
  if (best === undefined) {
    out.error(
      [...path, 'situations'],
      {
        code: DiagnosticCode.scenarioTooLarge,
        message: 'this scenario has too many different paths to compute its best score.',
        hint: 'Make it smaller or with fewer crossings, or set `scored: false`.',
      },
      'key',
    );
  } else if (best <= 0 && Number.isFinite(best)) {
    out.error(
      [...path, 'scored'],
      {
        code: DiagnosticCode.scenarioScore,
        message: `the best run of this scored scenario earns ${best} points: it cannot be passed.`,
        hint: 'Give the good choices a positive `score`, or set `scored: false`.',
      },
      'key',
    );
  }
}
