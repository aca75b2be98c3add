import { idKeySql, seqOfIdKey } from './sqlite-indexes.ts';
import { RELATED_AGENT_KINDS, type IndexKind, type StatementQuery } from './lrs-storage.ts';

/** A statement is voided when a voiding statement targets it and it is not itself a voiding statement. */
export const NOT_VOIDED = `(s.voids IS NOT NULL OR NOT EXISTS (SELECT 1 FROM statements v WHERE v.voids = s.id))`;

/**
 * seq of the first statement stored after `since` ('since'), or of the last stored at or before `until`
 * ('until'); undefined when there is none.
 */
/**
 * The filter index: the merged rows in the file and the latest statements' rows in memory (sqlite-term-index.ts).
 * A statement's rows are all in one of them; each driving term is read from both, merged like the other arms.
 */
const TERM_TABLES = ['main.statement_terms', 'temp.recent_terms'] as const;

export type StoredBound = (side: 'since' | 'until', stored: string) => number | undefined;

export interface QueryPlan {
  /** Selects `seq, json` of at most limit + 1 statements, in the query's order. */
  sql: string;
  params: unknown[];
}

/**
 * The SQL of one page of a statement query, or undefined when nothing can match (a filter value never stored).
 *
 * Every part reads from the paging cursor on, in the requested order, merged with the others (never sorted) until
 * limit + 1 rows, so a page costs about its own size whatever page of the result it is (no re-reading of the
 * earlier pages: paging through a filtered query is linear, not quadratic). A filtered page is the union of:
 * - the driving filter's terms (registration, else agent, else activity, else verb: the most selective first),
 *   each a range of the (term, seq) primary key of both term tables read from the cursor, the other filters and the
 *   time / voided / authority conditions checked per row by primary-key lookups;
 * - the StatementRef statements from the cursor (statements_refs index) whose chain of targets reaches a statement
 *   matching the filters (1.0.3 Part Three §2.1.3 "Filter Conditions for StatementRefs"); time, voided and
 *   authority apply to the referrer.
 */
export function planQuery(
  q: StatementQuery,
  termId: (kind: IndexKind, value: string) => number | undefined,
  storedBound: StoredBound = () => undefined,
): QueryPlan | undefined {
  const ascending = q.ascending === true;
  const order = ascending ? 'ASC' : 'DESC';

  // since/until become a range of seq (stored order is seq order: stored is taken when a batch joins the group
  // commit), so every arm reads from the bound, not from the newest or oldest statement.
  let above = 0;
  let below = Number.MAX_SAFE_INTEGER;
  if (q.since !== undefined) {
    const first = storedBound('since', q.since);
    if (first === undefined) return undefined;
    above = first - 1;
  }
  if (q.until !== undefined) {
    const last = storedBound('until', q.until);
    if (last === undefined) return undefined;
    below = last + 1;
  }
  if (q.after !== undefined) {
    if (ascending) above = Math.max(above, q.after);
    else below = Math.min(below, q.after);
  }
  if (above + 1 >= below) return undefined;

  const filters: number[][] = [];
  const filter = (kinds: readonly IndexKind[], value: string | undefined) => {
    if (value === undefined) return true;
    const ids = kinds.map((k) => termId(k, value)).filter((id) => id !== undefined);
    filters.push(ids);
    return ids.length > 0;
  };
  const possible = [
    filter(['registration'], q.registration),
    filter(q.relatedAgents ? RELATED_AGENT_KINDS : ['agent'], q.agent),
    filter(q.relatedActivities ? ['activity', 'relatedActivity'] : ['activity'], q.activity),
    filter(['verb'], q.verb),
  ].every(Boolean);
  let authority: number | undefined;
  if (q.authority !== undefined) {
    authority = termId('authority', q.authority);
    if (authority === undefined) return undefined;
  }
  if (!possible) return undefined;

  /** The filters `ids` hold for the statement aliased `alias` (its rows are in one of the two term tables). */
  const terms = (alias: string, ids: readonly number[][]): [string, unknown[]] => [
    ids
      .map((group) => {
        const has = (table: string) =>
          `EXISTS (SELECT 1 FROM ${table} x WHERE x.term IN (${group.map(() => '?').join(', ')}) AND x.seq = ${alias}.seq)`;
        return `(${has(TERM_TABLES[0])} OR ${has(TERM_TABLES[1])})`;
      })
      .join(' AND ') || '1',
    ids.flatMap((group) => [...group, ...group]),
  ];
  /** Conditions on the statement `s` itself (voided, authority), with their parameters. */
  const own = (): [string, unknown[]] => {
    if (authority === undefined) return [NOT_VOIDED, []];
    const [sql, params] = terms('s', [[authority]]);
    return [`${NOT_VOIDED} AND ${sql}`, params];
  };

  const [ownSql, ownParams] = own();
  if (filters.length === 0) {
    // NOT INDEXED: walk the rowid from the cursor (the stored index would make SQLite sort every match per page).
    return {
      sql: `SELECT s.seq, s.json FROM statements s NOT INDEXED WHERE s.seq > ? AND s.seq < ? AND ${ownSql}
            ORDER BY s.seq ${order} LIMIT ?`,
      params: [above, below, ...ownParams, q.limit + 1],
    };
  }

  // A compound SELECT ordered by seq: SQLite merges the arms as co-routines, each read in seq order from its index
  // (no sort), and the LIMIT stops the merge, so a sparse arm is read no further than the page needs.
  const arms: string[] = [];
  const params: unknown[] = [];
  const [driver, ...others] = filters as [number[], ...number[][]];
  const [otherSql, otherParams] = terms('s', others);
  for (const term of driver) {
    for (const table of TERM_TABLES) {
      arms.push(
        `SELECT t.seq AS seq FROM ${table} t CROSS JOIN statements s ON s.seq = t.seq
           WHERE t.term = ? AND t.seq > ? AND t.seq < ? AND ${otherSql} AND ${ownSql}`,
      );
      params.push(term, above, below, ...otherParams, ...ownParams);
    }
  }
  const [chainSql, chainParams] = terms('c', filters);
  arms.push(
    `SELECT s.seq AS seq FROM statements s INDEXED BY statements_refs
       WHERE s.ref_target IS NOT NULL AND s.seq > ? AND s.seq < ? AND ${ownSql} AND EXISTS (
         WITH RECURSIVE chain(id, depth) AS (
           SELECT s.ref_target, 0
           UNION SELECT c.ref_target, chain.depth + 1 FROM chain JOIN statements c ON c.seq = ${seqOfIdKey(idKeySql('chain.id'))}
             WHERE c.ref_target IS NOT NULL AND chain.depth < 100
         )
         SELECT 1 FROM chain JOIN statements c ON c.seq = ${seqOfIdKey(idKeySql('chain.id'))} WHERE ${chainSql})`,
  );
  params.push(above, below, ...ownParams, ...chainParams);
  return {
    sql: `SELECT s.seq, s.json FROM (${arms.join(' UNION ')} ORDER BY 1 ${order} LIMIT ?) u
          CROSS JOIN statements s ON s.seq = u.seq ORDER BY u.seq ${order}`,
    params: [...params, q.limit + 1],
  };
}
