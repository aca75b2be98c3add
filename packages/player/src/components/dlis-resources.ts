import { css, html, nothing } from 'lit';
import type { ResourceItem, ResourcesBlock } from '@dlis/course/compiled';
import { blocksMessagesFor } from '../i18n/blocks/blocks-messages.ts';
import { formatMessage } from '../i18n/messages.ts';
import { formatSize } from '../logic/format-size.ts';
import { baseStyles } from '../theme.ts';
import { BlockElement } from './block-element.ts';

/**
 * A list of resources. Downloads link the file with `download` and say format and size ("PDF, 120 Ko");
 * external links say "external site" in text and with an icon, and open in a new tab (rel noopener) with a
 * hidden "(opens in a new tab)".
 */
export class DlisResources extends BlockElement<ResourcesBlock> {
  static override styles = [
    baseStyles,
    css`
      section {
        margin: 1.5rem 0;
      }
      h2 {
        font-size: 1.25rem;
      }
      ul {
        padding-inline-start: 1.25rem;
      }
      li {
        margin: 0.5rem 0;
        overflow-wrap: anywhere;
      }
      .meta,
      .description {
        color: var(--dlis-color-muted, #595959);
      }
      .description {
        display: block;
      }
    `,
  ];

  override render() {
    const b = this.block;
    if (!b) return nothing;
    return html`<section>
      ${b.title ? html`<h2>${this.t(b.title)}</h2>` : nothing}
      <ul>
        ${b.items.map((item) => html`<li>${this.#renderItem(item)}</li>`)}
      </ul>
    </section>`;
  }

  #renderItem(item: ResourceItem) {
    const m = blocksMessagesFor(this.language);
    const description = item.description
      ? html`<span class="description">${this.t(item.description)}</span>`
      : nothing;
    if (item.kind === 'download') {
      const file = item.file[this.language] ?? item.file[this.defaultLanguage] ?? Object.values(item.file)[0];
      if (!file) return nothing;
      const size = formatSize(file.bytes, this.language, { kb: m.sizeKB, mb: m.sizeMB });
      return html`<a href=${file.path} download
          >${this.t(item.title)}
          <span class="meta"
            >(${formatMessage(m.fileSize, { format: file.format.toUpperCase(), size })})</span
          ></a
        >${description}`;
    }
    return html`<a href=${this.t(item.url)} target="_blank" rel="noopener noreferrer"
        >${this.t(item.title)} <span class="meta">(${m.externalSite})</span><span aria-hidden="true"> ↗</span
        ><span class="visually-hidden"> ${m.newTab}</span></a
      >${description}`;
  }
}

customElements.define('dlis-resources', DlisResources);

declare global {
  interface HTMLElementTagNameMap {
    'dlis-resources': DlisResources;
  }
}
