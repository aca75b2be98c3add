import { DlisError } from '@dlis/errors';

/**
 * The error catalogue of the LRS: every code is permanent and searchable, and carries the HTTP status it maps to.
 * Only http/error-response.ts turns these into responses; the stores and validators never know about HTTP.
 */
export const LRS_ERRORS = {
  /** The request is malformed: the message names the failing part (header, query, body) and property path. */
  badRequest: { code: 'LRS_E_BAD_REQUEST', status: 400 },
  /** A statement breaks a rule of the xAPI data model (1.0.3 Part Two / 2.0 §4.2). */
  invalidStatement: { code: 'LRS_E_INVALID_STATEMENT', status: 400 },
  /** JSON (statement, document, query parameter) nested deeper than the LRS accepts (64 levels). */
  tooDeep: { code: 'LRS_E_TOO_DEEP', status: 400 },
  /** A State or Profile document (as sent, or after a POST merge) larger than the LRS keeps. */
  documentTooLarge: { code: 'LRS_E_DOCUMENT_TOO_LARGE', status: 400 },
  /** X-Experience-API-Version is missing or not one this LRS speaks. */
  version: { code: 'LRS_E_VERSION', status: 400 },
  unauthenticated: { code: 'LRS_E_UNAUTHENTICATED', status: 401 },
  forbidden: { code: 'LRS_E_FORBIDDEN', status: 403 },
  notFound: { code: 'LRS_E_NOT_FOUND', status: 404 },
  methodNotAllowed: { code: 'LRS_E_METHOD_NOT_ALLOWED', status: 405 },
  /** Same statement id with other content, or a document written without the required precondition. */
  conflict: { code: 'LRS_E_CONFLICT', status: 409 },
  /** If-Match / If-None-Match did not hold. */
  preconditionFailed: { code: 'LRS_E_PRECONDITION_FAILED', status: 412 },
  payloadTooLarge: { code: 'LRS_E_PAYLOAD_TOO_LARGE', status: 413 },
  /** URL and headers over Node's 16 KB limit (answered by serve-lrs.ts before the app sees the request). */
  headersTooLarge: { code: 'LRS_E_HEADERS_TOO_LARGE', status: 431 },
  /** A configuration or key-store problem of the caller (CLI), not of an HTTP request. */
  config: { code: 'LRS_E_CONFIG', status: 500 },
  /** Storage failed; the write was not acknowledged. */
  storage: { code: 'LRS_E_STORAGE', status: 500 },
} as const;

export type LrsErrorName = keyof typeof LRS_ERRORS;
export type LrsErrorCode = (typeof LRS_ERRORS)[LrsErrorName]['code'];

/** Every error the LRS throws on purpose. `status` is only read by the HTTP error mapper. */
export class LrsError extends DlisError<LrsErrorCode> {
  readonly status: number;
  /** Where the problem is: 'header', 'query', 'body', 'params'. */
  readonly part: string | undefined;

  constructor(kind: LrsErrorName, message: string, options: { part?: string; cause?: unknown } = {}) {
    super(LRS_ERRORS[kind].code, message, options.cause === undefined ? {} : { cause: options.cause });
    this.status = LRS_ERRORS[kind].status;
    this.part = options.part;
  }

  /** The body of the HTTP error response (with `error: true`): the part of the request at fault, never a file. */
  override toJSON(): { code: LrsErrorCode; message: string; part?: string } {
    return { code: this.code, message: this.message, ...(this.part ? { part: this.part } : {}) };
  }
}
