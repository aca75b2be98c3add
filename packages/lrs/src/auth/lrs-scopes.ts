/**
 * Scopes a key can hold (1.0.3 Part Three §4.2 "OAuth Authorization Scope"; the same list applies to Basic
 * credentials here). `all` allows everything, `all/read` every GET.
 */
export const LRS_SCOPES = [
  'statements/write',
  'statements/read',
  'statements/read/mine',
  'state',
  'define',
  'profile',
  'all/read',
  'all',
] as const;
export type LrsScope = (typeof LRS_SCOPES)[number];

export function isLrsScope(value: string): value is LrsScope {
  return (LRS_SCOPES as readonly string[]).includes(value);
}
