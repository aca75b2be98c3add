import type { BlockType, CompiledBlockKind } from './compiled-block-kind.ts';
import { markdownCompiled } from './markdown/markdown-compiled.ts';
import { imageCompiled } from './image/image-compiled.ts';
import { calloutCompiled } from './callout/callout-compiled.ts';
import { questionCompiled } from './question/question-compiled.ts';
import { questionBankCompiled } from './question-bank/question-bank-compiled.ts';
import { scenarioCompiled } from './scenario/scenario-compiled.ts';
import { mediaCompiled } from './media/media-compiled.ts';
import { accordionCompiled } from './accordion/accordion-compiled.ts';
import { tabsCompiled } from './tabs/tabs-compiled.ts';
import { keyFiguresCompiled } from './key-figures/key-figures-compiled.ts';
import { quoteCompiled } from './quote/quote-compiled.ts';
import { resourcesCompiled } from './resources/resources-compiled.ts';
import { glossaryCompiled } from './glossary/glossary-compiled.ts';
import { checklistCompiled } from './checklist/checklist-compiled.ts';
import { toolSheetCompiled } from './tool-sheet/tool-sheet-compiled.ts';
import { questionnaireCompiled } from './questionnaire/questionnaire-compiled.ts';
import { variableChoiceCompiled } from './variable-choice/variable-choice-compiled.ts';
import { imageTextCompiled } from './image-text/image-text-compiled.ts';
import { bannerCompiled } from './banner/banner-compiled.ts';
import { flashcardsCompiled } from './flashcards/flashcards-compiled.ts';
import { processCompiled } from './process/process-compiled.ts';
import { labelledGraphicCompiled } from './labelled-graphic/labelled-graphic-compiled.ts';

/**
 * What the compiled course says about every block kind (browser-safe): player element and add-on, plain texts,
 * learner-state layout. A BlockType without its entry fails the type-check; block-kinds.ts holds the loader's
 * side of the same kinds.
 */
export const compiledBlockKinds = {
  markdown: markdownCompiled,
  image: imageCompiled,
  callout: calloutCompiled,
  question: questionCompiled,
  'question-bank': questionBankCompiled,
  scenario: scenarioCompiled,
  media: mediaCompiled,
  accordion: accordionCompiled,
  tabs: tabsCompiled,
  'key-figures': keyFiguresCompiled,
  quote: quoteCompiled,
  resources: resourcesCompiled,
  glossary: glossaryCompiled,
  checklist: checklistCompiled,
  'tool-sheet': toolSheetCompiled,
  questionnaire: questionnaireCompiled,
  'variable-choice': variableChoiceCompiled,
  'image-text': imageTextCompiled,
  banner: bannerCompiled,
  flashcards: flashcardsCompiled,
  process: processCompiled,
  'labelled-graphic': labelledGraphicCompiled,
} satisfies { [T in BlockType]: CompiledBlockKind<T> };

/** The compiled side of the kind of `type`, typed for a block of that type. */
export function compiledBlockKind<T extends BlockType>(type: T): CompiledBlockKind<T> {
  return compiledBlockKinds[type] as unknown as CompiledBlockKind<T>;
}
