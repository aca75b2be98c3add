import type { AgilityDefinition } from '../agility-definition.ts';
import type { ScoredResponse } from './respondent-responses.ts';

/** Per-dimension columns of the wide table, each `<dimension>.<name>` (e.g. `D2.score`). */
export const DIMENSION_COLUMNS = [
  'status',
  'score',
  'self',
  'knowledge',
  'knowledgeCounted',
  'gap',
  'answered',
  'scenariosAnswered',
  'tier',
  'calibration',
] as const;

/**
 * Flattens results into a wide table, one row per respondent (docs/agility.md lists the columns): respondent,
 * model, index, level, then every dimension's columns in definition order, the critical scenarios, the resources
 * per tier (space-separated, in recommendation order), and the background as `bg.<key>` columns (keys in order of
 * first appearance). Numbers are unrounded, written in their shortest exact form (`String(x)`), so re-reading
 * them gives the same doubles; null is an empty cell.
 */
export function resultTable(definition: AgilityDefinition, scored: readonly ScoredResponse[]): string[][] {
  const backgroundKeys = [...new Set(scored.flatMap((s) => Object.keys(s.background)))];
  const header = [
    'respondent',
    'model.id',
    'model.version',
    'index',
    'indexWeightShare',
    'level',
    ...definition.dimensions.flatMap((d) => DIMENSION_COLUMNS.map((c) => `${d.id}.${c}`)),
    'critical',
    'modules.priority',
    'modules.recommended',
    'modules.optional',
    ...backgroundKeys.map((k) => `bg.${k}`),
  ];
  const rows = scored.map(({ respondent, background, result }) => [
    respondent,
    result.model.id,
    result.model.version,
    cell(result.index),
    cell(result.indexWeightShare),
    cell(result.level?.id ?? null),
    ...definition.dimensions.flatMap((d) => {
      const dim = result.dimensions.find((r) => r.id === d.id);
      const calibration = result.calibration.find((c) => c.dimension === d.id)?.kind ?? null;
      return [
        cell(dim?.status ?? null),
        cell(dim?.score ?? null),
        cell(dim?.self ?? null),
        cell(dim?.knowledge ?? null),
        cell(dim?.knowledgeCounted ?? null),
        cell(dim?.gap ?? null),
        cell(dim?.answered ?? null),
        cell(dim?.scenariosAnswered ?? null),
        cell(dim?.tier ?? null),
        cell(calibration),
      ];
    }),
    result.critical.map((c) => c.scenario).join(' '),
    result.modules.priority.join(' '),
    result.modules.recommended.join(' '),
    result.modules.optional.join(' '),
    ...backgroundKeys.map((k) => cell(background[k] ?? null)),
  ]);
  return [header, ...rows];
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
