import type { BlockKindModule } from './block-kind.ts';
import type { BlockType } from './compiled-block-kind.ts';
import { markdownKind } from './markdown/markdown.ts';
import { imageKind } from './image/image.ts';
import { calloutKind } from './callout/callout.ts';
import { questionBlockKind } from './question/question.ts';
import { questionBankKind } from './question-bank/question-bank.ts';
import { scenarioKind } from './scenario/scenario.ts';
import { mediaKind } from './media/media.ts';
import { accordionKind } from './accordion/accordion.ts';
import { tabsKind } from './tabs/tabs.ts';
import { keyFiguresKind } from './key-figures/key-figures.ts';
import { quoteKind } from './quote/quote.ts';
import { resourcesKind } from './resources/resources.ts';
import { glossaryKind } from './glossary/glossary.ts';
import { checklistKind } from './checklist/checklist.ts';
import { toolSheetKind } from './tool-sheet/tool-sheet.ts';
import { questionnaireKind } from './questionnaire/questionnaire.ts';
import { variableChoiceKind } from './variable-choice/variable-choice.ts';
import { imageTextKind } from './image-text/image-text.ts';
import { bannerKind } from './banner/banner.ts';
import { flashcardsKind } from './flashcards/flashcards.ts';
import { processKind } from './process/process.ts';
import { labelledGraphicKind } from './labelled-graphic/labelled-graphic.ts';

/**
 * Every block kind, one module each (kinds/<type>/): the loader's checks, model defaults and compile step, with
 * the compiled side of compiled-block-kinds.ts. A BlockType without its module, or a module that misses a piece,
 * fails the type-check: adding a block kind is one folder, one line here and one in compiled-block-kinds.ts
 * (plus its player element). See docs/architecture.md, "How to add a block kind". The order is the one of
 * course.schema.json's block types and of docs/course-format.md's table, both generated from this table.
 */
export const blockKinds = {
  markdown: markdownKind,
  image: imageKind,
  callout: calloutKind,
  question: questionBlockKind,
  media: mediaKind,
  accordion: accordionKind,
  tabs: tabsKind,
  'key-figures': keyFiguresKind,
  quote: quoteKind,
  resources: resourcesKind,
  glossary: glossaryKind,
  checklist: checklistKind,
  'tool-sheet': toolSheetKind,
  'question-bank': questionBankKind,
  scenario: scenarioKind,
  questionnaire: questionnaireKind,
  'variable-choice': variableChoiceKind,
  'image-text': imageTextKind,
  banner: bannerKind,
  flashcards: flashcardsKind,
  process: processKind,
  'labelled-graphic': labelledGraphicKind,
} satisfies { [T in BlockType]: BlockKindModule<T> };

/** The module of `type`, typed for a block of that type. */
export function blockKind<T extends BlockType>(type: T): BlockKindModule<T> {
  return blockKinds[type] as unknown as BlockKindModule<T>;
}

/** The module of a type read from unchecked source data, or undefined when it names no block kind. */
export function blockKindOf(type: unknown): BlockKindModule<BlockType> | undefined {
  return typeof type === 'string' && Object.hasOwn(blockKinds, type)
    ? blockKind(type as BlockType)
    : undefined;
}
