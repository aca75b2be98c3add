/**
 * A failure to write the user's files (read-only file system, no permission, disk full, a file where a
 * folder should be): a problem of the environment, told with its path, not a bug of the toolkit.
 * Returns the message to print, or undefined when `error` is something else.
 */
export function describeWriteFailure(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const code = (error as { code?: unknown }).code;
  if (code === 'PACKAGE_E_WRITE') {
    const hint = (error as { hint?: unknown }).hint;
    return typeof hint === 'string' ? `${error.message}\n  hint: ${hint}` : error.message;
  }
  const path = (error as NodeJS.ErrnoException).path;
  if (typeof code !== 'string' || typeof path !== 'string' || !(code in reasons)) return undefined;
  return `cannot write ${path}: ${reasons[code]} (${code}).`;
}

const reasons: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  ENOTDIR: 'a part of this path is a file, not a folder',
  EISDIR: 'this is a folder, not a file',
  EEXIST: 'something already exists there',
};
