// A branching scenario: situations whose choices lead to other situations or to endings; scored by default.
import schema from './scenario.schema.json' with { type: 'json' };
import { defaultScenarioChoiceId } from '../../course-defaults.ts';
import { checkScenario } from './check-scenario.ts';
import { scenarioMaxScore } from '../../scenario-graph.ts';
import type { BlockKindModule } from '../block-kind.ts';
import { defined, optional } from '../optional-field.ts';
import { scenarioCompiled } from './scenario-compiled.ts';
import { buildCharacters, checkScenarioCharacters, compileCharacters } from './scenario-characters.ts';

export const scenarioKind: BlockKindModule<'scenario'> = {
  ...scenarioCompiled,
  summary: 'A branching case: situations, choices that lead to other situations, and endings.',
  schema,
  async check(ctx, b, path) {
    if (b.scored !== false) ctx.scored++;
    await checkScenario(ctx, b, path);
    await checkScenarioCharacters(ctx, b, path);
  },
  build(b, id, ctx) {
    const { loc, opt } = ctx;
    const situations = b.situations.map((s) => ({
      id: s.id,
      ...defined('speaker', s.speaker),
      body: ctx.body(s),
      choices: s.choices.map((c, i) => ({
        id: c.id ?? defaultScenarioChoiceId(s.id, i),
        label: loc(c.label),
        ...defined('feedback', opt(c.feedback)),
        score: c.score ?? 0,
        next: c.next,
      })),
    }));
    const endings = b.endings.map((e) => ({ id: e.id, body: ctx.body(e), tone: e.tone }));
    const best = scenarioMaxScore({ start: b.start, situations, endings });
    return {
      type: 'scenario',
      id,
      title: loc(b.title),
      ...defined('intro', b.intro ? ctx.markdownText(b.intro) : undefined),
      start: b.start,
      situations,
      endings,
      ...defined('characters', b.characters ? buildCharacters(b.characters, ctx) : undefined),
      scored: b.scored ?? true,
      points: b.points ?? 1,
      maxScore: best === undefined || !Number.isFinite(best) ? 0 : best,
    };
  },
  compile: (b, ctx) => ({
    type: 'scenario',
    id: b.id,
    title: ctx.text(b.title),
    ...optional('intro', b.intro, ctx.blockHtml),
    start: b.start,
    situations: b.situations.map((s) => ({
      id: s.id,
      ...defined('speaker', s.speaker),
      html: ctx.blockHtml(s.body),
      choices: s.choices.map((c) => ({
        id: c.id,
        label: ctx.inline(c.label),
        ...optional('feedback', c.feedback, ctx.inline),
        score: c.score,
        next: c.next,
      })),
    })),
    endings: b.endings.map((e) => ({ id: e.id, html: ctx.blockHtml(e.body), tone: e.tone })),
    ...optional('characters', b.characters, (c) => compileCharacters(c, b.id, ctx)),
    scored: b.scored,
    points: b.points,
    maxScore: b.maxScore,
  }),
};
