import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { LanguageTag, Localized } from '@dlis/course/compiled';
import { en } from '../i18n/en.ts';
import type { Messages } from '../i18n/messages.ts';
import { localize } from '../logic/localize.ts';

/** Base of the block elements: the block data, the content language and the UI strings. */
export abstract class BlockElement<B> extends LitElement {
  @property({ attribute: false }) block?: B;
  /** Content language (the package language shown). */
  @property({ attribute: false }) language: LanguageTag = 'fr';
  @property({ attribute: false }) defaultLanguage: LanguageTag = 'fr';
  @property({ attribute: false }) messages: Messages = en;

  /** A course text in the content language. */
  protected t(text: Localized): string {
    return localize(text, this.language, this.defaultLanguage);
  }
}
