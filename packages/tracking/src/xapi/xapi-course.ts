import type { InteractionComponent, LanguageMap } from '@dlis/xapi-profile';

/**
 * The part of the compiled course (@dlis/course `CompiledCourse`) the xAPI reporter reads: titles for activity
 * names, and the interactions the compiler computed for its blocks. Restated structurally, as course's learner-state layout is,
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
}

/** What the reporter knows about one question: its page and the components of its interaction definition. */
export interface QuestionFacts {
  pageId: string;
  components: InteractionComponentSets;
}

interface InteractionComponentSets {
  choices?: InteractionComponent[];
  scale?: InteractionComponent[];
  source?: InteractionComponent[];
  target?: InteractionComponent[];
  steps?: InteractionComponent[];
}

/** A branching scenario: its title, and the situation (id, prompt) each choice id belongs to. */
export interface ScenarioFacts {
  title: LanguageMap;
  situationOfChoice: Map<string, { id: string; choices: InteractionComponent[] }>;
}

/** A process block: the page it is on and its title (absent: the block has none). */
export interface ProcessFacts {
  pageId: string;
  title?: LanguageMap;
}

/** Lookup tables of a course, made once per session. */
export interface XapiCourseIndex {
  pages: Map<string, LanguageMap>;
  /** Process blocks by block id (ids are unique in a course): what `experienced` a process names. */
  processes: Map<string, ProcessFacts>;
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

/** The interaction of a question, scenario situation, variable choice or questionnaire item, computed at build time. */
interface CompiledInteraction extends InteractionComponentSets {
  type: string;
}

type LooseBlock = {
  type?: string;
  id?: string;
  title?: LanguageMap;
  interaction?: CompiledInteraction;
  questions?: LooseBlock[];
  situations?: { id: string; choices: { id: string }[]; interaction?: CompiledInteraction }[];
  interactions?: Record<string, QuestionnaireInteraction>;
  interactionScales?: Record<string, InteractionComponent[]>;
};

/** A questionnaire item's interaction: a self item's `scale` is a key of the block's `interactionScales`. */
type QuestionnaireInteraction = Omit<CompiledInteraction, 'scale'> & {
  scale?: string | InteractionComponent[];
};

/** Indexes the pages, process blocks, questions (bank questions included) and scenarios of `course`. */
export function indexXapiCourse(course: XapiCourse): XapiCourseIndex {
  const index: XapiCourseIndex = {
    pages: new Map(),
    processes: new Map(),
    questions: new Map(),
    scenarios: new Map(),
    questionnaires: new Map(),
  };
  for (const module of course.modules) {
    for (const page of module.pages) {
      index.pages.set(page.id, page.title);
      for (const raw of page.blocks) indexBlock(index, page.id, raw as LooseBlock);
    }
  }
  return index;
}

/**
 * Reads the interactions the compiler computed (each kind's `interaction`, @dlis/course): questions and variable
 * choices have one, a scenario one per situation, a questionnaire one per item (a self item's scale by reference).
 */
function indexBlock(index: XapiCourseIndex, pageId: string, block: LooseBlock): void {
  if (typeof block.id !== 'string') return;
  if (block.interaction) {
    index.questions.set(block.id, { pageId, components: componentSets(block.interaction) });
  } else if (block.type === 'process') {
    index.processes.set(block.id, { pageId, ...(block.title ? { title: block.title } : {}) });
  } else if (block.type === 'question-bank') {
    for (const q of block.questions ?? []) indexBlock(index, pageId, q);
  } else if (block.type === 'scenario') {
    const situationOfChoice = new Map<string, { id: string; choices: InteractionComponent[] }>();
    for (const situation of block.situations ?? []) {
      const entry = { id: situation.id, choices: situation.interaction?.choices ?? [] };
      for (const choice of situation.choices) situationOfChoice.set(choice.id, entry);
    }
    index.scenarios.set(block.id, { title: block.title ?? {}, situationOfChoice });
  } else if (block.type === 'questionnaire' && block.interactions) {
    const byItem = new Map<string, Pick<InteractionComponentSets, 'choices' | 'scale'>>();
    for (const [item, { type: _type, ...sets }] of Object.entries(block.interactions)) {
      // A self item names its scale, stored once on the block for all the items that share it.
      if (typeof sets.scale === 'string') sets.scale = block.interactionScales?.[sets.scale] ?? [];
      byItem.set(item, sets as InteractionComponentSets);
    }
    index.questionnaires.set(block.id, byItem);
  }
}

/** The component lists of an interaction, without its type. */
function componentSets({ type: _type, ...sets }: CompiledInteraction): InteractionComponentSets {
  return sets;
}
