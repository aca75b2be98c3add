import { LrsError } from '../lrs-error.ts';
import { json, type LrsResponse } from './lrs-request.ts';

/**
 * The one place that maps errors to HTTP. LrsErrors carry their status from the catalogue; anything else is a bug
 * and becomes a 500 whose body says nothing internal (the detail goes to the log).
 */
export function errorResponse(error: unknown, log: (line: string) => void): LrsResponse {
  if (error instanceof LrsError) {
    const headers: Record<string, string> =
      error.status === 401 ? { 'www-authenticate': 'Basic realm="xAPI"' } : {};
    return json(error.status, { error: true, ...error.toJSON() }, headers);
  }
  log(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return json(500, {
    error: true,
    code: 'LRS_E_INTERNAL',
    message:
      'The LRS failed to handle this request (a bug); nothing was stored. The server log has the details.',
  });
}
