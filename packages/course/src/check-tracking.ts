import { isObj, str, type CheckContext } from './check-context.ts';
import { DiagnosticCode } from './diagnostic.ts';

/** moveOn values that need a passed statement, which only a course with scored questions can send. */
const NEEDS_PASSED = new Set(['Passed', 'CompletedAndPassed']);

/**
 * The `tracking:` section: a cmi5 moveOn that needs "passed" on a course with nothing to pass (the AU could
 * never be satisfied), and a warning when the course opts in to named learners (personal data leaves the
 * browser). Runs once the blocks were checked, so `ctx.scored` is final.
 */
export function checkTracking(ctx: CheckContext, tracking: unknown): void {
  if (!isObj(tracking)) return;
  const moveOn = isObj(tracking.cmi5) ? str(tracking.cmi5.moveOn) : undefined;
  if (moveOn !== undefined && NEEDS_PASSED.has(moveOn) && ctx.scored === 0) {
    ctx.out.error(['tracking', 'cmi5', 'moveOn'], {
      code: DiagnosticCode.moveOnWithoutAssessment,
      message: `moveOn '${moveOn}' needs a passed result, but the course has no scored question: no learner could ever satisfy it.`,
      hint: "Use 'moveOn: Completed', or add scored questions.",
    });
  }
  if (tracking.identity === 'named') {
    ctx.out.warning(
      ['tracking', 'identity'],
      {
        code: DiagnosticCode.namedIdentity,
        message:
          "identity is 'named': learners' names and e-mail addresses given by the launch will be sent to the LRS.",
        hint: "Make sure learners are told and the LRS may hold personal data (GDPR); otherwise remove it (default 'pseudonymous').",
      },
      'key',
    );
  }
}
