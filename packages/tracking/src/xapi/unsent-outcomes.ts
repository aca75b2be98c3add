import type { Statement } from '@dlis/xapi-profile';
import type { OpenedLaunch } from './open-launch.ts';

/**
 * cmi5: statements an earlier session left unsent were taken out of the queue (they cannot go with this
 * session's token, and the LMS records nothing more for an ended session, cmi5 9.3.6). What they said of the
 * attempt is not lost: each `completed`/`passed`/`failed` of this registration and AU that the LRS does not
 * store (asked by id) is returned, for XapiReporter.carryOver to send again in this session. One the LRS cannot
 * tell about is not, so that no outcome is ever recorded twice (cmi5 9.3.3, 9.3.4).
 */
export async function unsentOutcomes(
  earlier: readonly Statement[],
  launch: Pick<OpenedLaunch, 'registration' | 'activityId' | 'documents'>,
): Promise<Statement[]> {
  const outcomes = earlier.filter(
    (s) =>
      s.context?.registration === launch.registration &&
      /\/(completed|passed|failed)$/.test(s.verb?.id ?? '') &&
      s.object?.id === launch.activityId,
  );
  const missing: Statement[] = [];
  for (const statement of outcomes) {
    if ((await launch.documents.hasStatement(statement.id ?? '')) === false) missing.push(statement);
  }
  return missing;
}
