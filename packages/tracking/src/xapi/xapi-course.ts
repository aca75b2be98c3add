import type { InteractionComponent, LanguageMap } from '@dlis/xapi-profile';

/**
 * The part of the compiled course (@dlis/course `CompiledCourse`) the xAPI reporter reads: titles for activity
 * names, and the blocks for interaction components. Restated structurally, as course's learner-state layout is,
 * so that @dlis/tracking does not depend on @dlis/course; a `CompiledCourse` is one.
 */
export interface XapiCourse {
  id: string;
  version: string;
  defaultLanguage: string;
  /** The content languages (default first); absent: the default language only. */
  languages?: readonly string[];
  title: LanguageMap;
  modules: readonly { pages: readonly { id: string; title: LanguageMap; blocks: readonly object[] }[] }[];
  /** Course variables (conditional content), whose values a variable-choice block offers. */
  variables?: readonly { id: string; values: readonly { id: string; label: LanguageMap }[] }[];
}

/** What the reporter knows about one question: its page and the components of its interaction definition. */
export interface QuestionFacts {
  pageId: string;
  components: Pick<InteractionComponentSets, 'choices' | 'scale' | 'source' | 'target'>;
}

interface InteractionComponentSets {
  choices?: InteractionComponent[];
  scale?: InteractionComponent[];
  source?: InteractionComponent[];
  target?: InteractionComponent[];
}

/** A branching scenario: its title, and the situation (id, prompt) each choice id belongs to. */
export interface ScenarioFacts {
  title: LanguageMap;
  situationOfChoice: Map<string, { id: string; choices: InteractionComponent[] }>;
}

/** Lookup tables of a course, made once per session. */
export interface XapiCourseIndex {
  pages: Map<string, LanguageMap>;
  questions: Map<string, QuestionFacts>;
  scenarios: Map<string, ScenarioFacts>;
  /**
   * Interaction components of each questionnaire item, by questionnaire id then item id: a self item's `scale`
   * (its five points `1`…`5`, and `na` when allowed), a scenario item's `choices` (`A`…), in the course's
   * languages, so that a consumer can read a response from the statement alone (xAPI 1.0.3 §2.4.4.1
   * "Interaction Components").
   */
  questionnaires: Map<string, Map<string, Pick<InteractionComponentSets, 'choices' | 'scale'>>>;
}

type Labelled = { id: string; label?: LanguageMap | undefined };
type LooseBlock = {
  type?: string;
  id?: string;
  kind?: string;
  title?: LanguageMap;
  choices?: Labelled[];
  scale?: Labelled[];
  items?: Labelled[];
  sources?: Labelled[];
  targets?: Labelled[];
  questions?: LooseBlock[];
  situations?: { id: string; choices: Labelled[] }[];
  definition?: QuestionnaireDefinition;
  variable?: string;
};

/** The part of a questionnaire block's scoring model (@dlis/agility `AgilityDefinition`) read here. */
interface QuestionnaireDefinition {
  scales?: { id: string; points: { value: number; labels: LanguageMap }[] }[];
  notApplicable?: LanguageMap;
  items?: { id: string; scale: string; notApplicableAllowed?: boolean }[];
  scenarios?: { id: string; options: { id: string; labels?: LanguageMap }[] }[];
}

/** Indexes the pages, questions (bank questions included) and scenarios of `course`. */
export function indexXapiCourse(course: XapiCourse): XapiCourseIndex {
  const index: XapiCourseIndex = {
    pages: new Map(),
    questions: new Map(),
    scenarios: new Map(),
    questionnaires: new Map(),
  };
  const variableValues = (block: LooseBlock): Labelled[] => [
    ...(course.variables?.find((v) => v.id === block.variable)?.values ?? []),
  ];
  for (const module of course.modules) {
    for (const page of module.pages) {
      index.pages.set(page.id, page.title);
      for (const raw of page.blocks) indexBlock(index, page.id, raw as LooseBlock, variableValues);
    }
  }
  return index;
}

function indexBlock(
  index: XapiCourseIndex,
  pageId: string,
  block: LooseBlock,
  variableValues: (block: LooseBlock) => Labelled[],
): void {
  if (typeof block.id !== 'string') return;
  if (block.type === 'question') {
    index.questions.set(block.id, { pageId, components: questionComponents(block) });
  } else if (block.type === 'question-bank') {
    for (const q of block.questions ?? []) indexBlock(index, pageId, q, variableValues);
  } else if (block.type === 'variable-choice') {
    // The choice of a course variable is answered like a choice question, with the variable's values.
    index.questions.set(block.id, { pageId, components: { choices: components(variableValues(block)) } });
  } else if (block.type === 'scenario') {
    const situationOfChoice = new Map<string, { id: string; choices: InteractionComponent[] }>();
    for (const situation of block.situations ?? []) {
      const entry = { id: situation.id, choices: components(situation.choices) };
      for (const choice of situation.choices) situationOfChoice.set(choice.id, entry);
    }
    index.scenarios.set(block.id, { title: block.title ?? {}, situationOfChoice });
  } else if (block.type === 'questionnaire' && block.definition) {
    index.questionnaires.set(block.id, questionnaireComponents(block.definition));
  }
}

function questionnaireComponents(
  definition: QuestionnaireDefinition,
): Map<string, Pick<InteractionComponentSets, 'choices' | 'scale'>> {
  const byItem = new Map<string, Pick<InteractionComponentSets, 'choices' | 'scale'>>();
  const scales = new Map((definition.scales ?? []).map((scale) => [scale.id, scale.points]));
  for (const item of definition.items ?? []) {
    const points = (scales.get(item.scale) ?? []).map((p) => ({ id: String(p.value), label: p.labels }));
    const na =
      item.notApplicableAllowed && definition.notApplicable
        ? [{ id: 'na', label: definition.notApplicable }]
        : [];
    byItem.set(item.id, { scale: components([...points, ...na]) });
  }
  for (const scenario of definition.scenarios ?? []) {
    byItem.set(scenario.id, {
      choices: components(scenario.options.map((o) => ({ id: o.id, label: o.labels }))),
    });
  }
  return byItem;
}

function questionComponents(block: LooseBlock): InteractionComponentSets {
  switch (block.kind) {
    case 'single-choice':
    case 'multiple-choice':
      return { choices: components(block.choices) };
    case 'ordering':
      return { choices: components(block.items) };
    case 'matching':
      return { source: components(block.sources), target: components(block.targets) };
    case 'likert':
      return { scale: components(block.scale) };
    default:
      return {};
  }
}

function components(list: Labelled[] | undefined): InteractionComponent[] {
  return (list ?? []).map((item) =>
    item.label ? { id: item.id, description: plainText(item.label) } : { id: item.id },
  );
}

/** Labels are sanitised HTML: xAPI descriptions are plain text. */
export function plainText(map: LanguageMap): LanguageMap {
  const out: LanguageMap = {};
  for (const [lang, html] of Object.entries(map)) {
    out[lang] = html
      .replace(/<[^>]*>/g, '')
      .replace(/&nbsp;/g, ' ')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ')
      .trim();
  }
  return out;
}
