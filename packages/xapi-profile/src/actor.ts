import type { Agent } from './xapi-statement.ts';

/** What a course lets leave the browser about who the learner is (course.yaml opt-in; `dlis build` warns). */
export interface IdentityOptIn {
  /** The learner's display name, sent as `actor.name`. */
  name?: string;
  /** The learner's e-mail; when given it replaces the account as the identifier (`mailto:` added if missing). */
  email?: string;
}

/**
 * The statement actor. By default a pseudonymous account: `homePage` is the system that launched the course
 * (the LMS, the cmi5 launcher), `name` the learner id it gave; no name, no e-mail. Only with an opt-in does a
 * display name or an e-mail leave the browser. Exactly one identifier either way (xAPI 1.0.3 §2.4.2.1).
 */
export function createActor(account: { homePage: string; name: string }, optIn: IdentityOptIn = {}): Agent {
  const name = optIn.name !== undefined && optIn.name !== '' ? { name: optIn.name } : {};
  if (optIn.email !== undefined && optIn.email !== '') {
    const mbox = optIn.email.startsWith('mailto:') ? optIn.email : `mailto:${optIn.email}`;
    return { objectType: 'Agent', mbox, ...name };
  }
  return { objectType: 'Agent', account: { homePage: account.homePage, name: account.name }, ...name };
}
