/**
 * The subset of the xAPI statement structure DLIS sends (xAPI 1.0.3 §2.4; every property here is also valid in
 * xAPI 2.0, and no 2.0-only property such as `context.contextAgents` is used).
 */

/** Language map: BCP 47 tag → text (xAPI 1.0.3 §5.2.1). */
export type LanguageMap = Record<string, string>;

export interface Account {
  /** The system that identifies the learner (the LMS or launcher URL). */
  homePage: string;
  /** The learner's id in that system (pseudonymous). */
  name: string;
}

/** An Agent with exactly one inverse functional identifier: `account` (default) or `mbox` (opt-in). */
export type Agent =
  | { objectType: 'Agent'; account: Account; name?: string }
  | { objectType: 'Agent'; mbox: string; name?: string };

export interface Verb {
  id: string;
  display: LanguageMap;
}

/** An interaction component (choices, scale, source, target, steps). */
export interface InteractionComponent {
  id: string;
  description?: LanguageMap;
}

export interface ActivityDefinition {
  type?: string;
  name?: LanguageMap;
  description?: LanguageMap;
  interactionType?: XapiInteractionType;
  correctResponsesPattern?: string[];
  choices?: InteractionComponent[];
  scale?: InteractionComponent[];
  source?: InteractionComponent[];
  target?: InteractionComponent[];
  steps?: InteractionComponent[];
  extensions?: Record<string, unknown>;
}

export interface Activity {
  objectType: 'Activity';
  id: string;
  definition?: ActivityDefinition;
}

/** A reference to an activity in `context.contextActivities` (its definition is optional there). */
export interface ContextActivity {
  objectType?: 'Activity';
  id: string;
  definition?: ActivityDefinition;
}

export interface ContextActivities {
  parent?: ContextActivity[];
  grouping?: ContextActivity[];
  category?: ContextActivity[];
  other?: ContextActivity[];
}

export interface Score {
  /** raw / max, in [-1, 1] (xAPI); DLIS scores are in [0, 1]. */
  scaled?: number;
  raw?: number;
  min?: number;
  max?: number;
}

export interface Result {
  score?: Score;
  success?: boolean;
  completion?: boolean;
  response?: string;
  /** ISO 8601 duration, `PT1M2.5S`. */
  duration?: string;
  extensions?: Record<string, unknown>;
}

export interface Context {
  /** UUID of the attempt: one per attempt, shared by every statement of it. */
  registration?: string;
  contextActivities?: ContextActivities;
  platform?: string;
  /** BCP 47 tag of the language the learner used. */
  language?: string;
  extensions?: Record<string, unknown>;
}

export interface Statement {
  /** UUID v4 made by the sender, so that a retry is idempotent. */
  id: string;
  actor: Agent;
  verb: Verb;
  object: Activity;
  result?: Result;
  context?: Context;
  /** ISO 8601 with time zone (`Z`), millisecond precision. */
  timestamp: string;
}

/** xAPI interaction types (xAPI 1.0.3 §2.4.4.1, "Interaction Activities"). */
export type XapiInteractionType =
  | 'true-false'
  | 'choice'
  | 'fill-in'
  | 'long-fill-in'
  | 'matching'
  | 'performance'
  | 'sequencing'
  | 'likert'
  | 'numeric'
  | 'other';
