import { VerbIri, type VerbName } from './iris.ts';
import type { StatementContext } from './statement-context.ts';
import { uuidV4 } from './uuid-v4.ts';
import type { Activity, Context, Result, Statement } from './xapi-statement.ts';

/** @internal Assembles one statement: a fresh UUID v4 id, the verb with its display, an ISO timestamp. */
export function makeStatement(
  ctx: StatementContext,
  verb: VerbName,
  object: Activity,
  timestamp: Date,
  context: Context,
  result?: Result,
): Statement {
  return {
    id: uuidV4(ctx.random),
    actor: ctx.actor,
    verb: { id: VerbIri[verb], display: { 'en-US': verb } },
    object,
    ...(result !== undefined ? { result } : {}),
    context,
    timestamp: timestamp.toISOString(),
  };
}
