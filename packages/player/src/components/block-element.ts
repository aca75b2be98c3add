import { LitElement, type PropertyDeclarations } from 'lit';
import type { LanguageTag, Localized } from '@dlis/course/compiled';
import { en } from '../i18n/en.ts';
import type { Messages } from '../i18n/messages.ts';
import { localize } from '../logic/localize.ts';

/** Base of the block elements: the block data, the content language and the UI strings. */
export abstract class BlockElement<B> extends LitElement {
  // Reactive properties are declared in `static properties` (in every player element), not by decorators: the
  // decorator runtime would ship to every learner. Subclasses add theirs; Lit merges them with these.
  static override properties: PropertyDeclarations = {
    block: { attribute: false },
    language: { attribute: false },
    defaultLanguage: { attribute: false },
    messages: { attribute: false },
  };

  block?: B;
  /** Content language (the package language shown). */
  language: LanguageTag = 'fr';
  defaultLanguage: LanguageTag = 'fr';
  messages: Messages = en;

  /** A course text in the content language. */
  protected t(text: Localized): string {
    return localize(text, this.language, this.defaultLanguage);
  }
}
