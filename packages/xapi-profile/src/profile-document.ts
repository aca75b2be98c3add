/**
 * The structure of an xAPI Profile document (xAPI Profiles 1.0, Part Two), as far as DLIS uses it. Keys are the
 * compact JSON-LD names of the normative context (`id`, `type`), so the document is plain JSON for its readers.
 */
import type { LanguageMap } from './xapi-statement.ts';

export interface ProfileDocument {
  '@context': string;
  id: string;
  type: 'Profile';
  conformsTo: string;
  prefLabel: LanguageMap;
  definition: LanguageMap;
  seeAlso?: string;
  versions: { id: string; generatedAtTime: string; wasRevisionOf?: string[] }[];
  author: { type: 'Organization' | 'Person'; name: string; url?: string };
  concepts: ProfileConcept[];
  templates: StatementTemplate[];
  patterns: Pattern[];
}

interface ConceptBase {
  id: string;
  inScheme: string;
  prefLabel: LanguageMap;
  definition: LanguageMap;
}

export type ProfileConcept =
  | (ConceptBase & { type: 'Verb' | 'ActivityType'; exactMatch?: string[] })
  | (ConceptBase & {
      type: 'ContextExtension' | 'ResultExtension';
      recommendedVerbs?: string[];
      inlineSchema?: string;
    });

/** Where a rule's `location` must (not) have values (xAPI Profiles 1.0, Statement Template Rules). */
export type RulePresence = 'included' | 'excluded' | 'recommended';

export interface StatementTemplateRule {
  /** JSONPath (the subset the spec allows: children, indexes, `*`, unions; no filters). */
  location: string;
  selector?: string;
  presence?: RulePresence;
  any?: unknown[];
  all?: unknown[];
  none?: unknown[];
  scopeNote?: LanguageMap;
}

export interface StatementTemplate {
  id: string;
  type: 'StatementTemplate';
  inScheme: string;
  prefLabel: LanguageMap;
  definition: LanguageMap;
  verb?: string;
  objectActivityType?: string;
  contextGroupingActivityType?: string[];
  contextParentActivityType?: string[];
  contextOtherActivityType?: string[];
  contextCategoryActivityType?: string[];
  rules?: StatementTemplateRule[];
}

export interface Pattern {
  id: string;
  type: 'Pattern';
  inScheme: string;
  primary?: boolean;
  prefLabel: LanguageMap;
  definition: LanguageMap;
  sequence?: string[];
  alternates?: string[];
  optional?: string;
  zeroOrMore?: string;
  oneOrMore?: string;
}
