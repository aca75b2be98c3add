import { css } from 'lit';

/**
 * Headings of the questionnaire's steps and of its results (`dlis-agility-results`): the h2 takes focus when a
 * step or the results show, with an outline for keyboard users only.
 */
export const questionnaireHeadingStyles = css`
  h2 {
    font-size: 1.5rem;
    line-height: 1.25;
    margin: 0.5rem 0 1rem;
    overflow-wrap: anywhere;
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: 3px solid var(--dlis-color-focus, #1a4f8b);
  }
  h3 {
    font-size: 1.25rem;
    margin: 1.5rem 0 0.75rem;
  }
`;

/** Styles of `dlis-questionnaire`: items as fieldsets of radios that reflow to one column at 320 px. */
export const questionnaireStyles = css`
  :host {
    display: block;
    margin: 1.5rem 0;
  }
  h4 {
    font-size: 1rem;
    margin: 0 0 0.25rem;
  }
  .hint {
    margin: 0 0 0.5rem;
  }
  .step-progress {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    margin: 0;
  }
  fieldset,
  .item {
    border: 1px solid var(--dlis-color-border, #767676);
    border-radius: var(--dlis-radius, 0.375rem);
    margin: 0 0 1rem;
    padding: 0.75rem 1rem;
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25rem;
    overflow-wrap: anywhere;
  }
  .item-id {
    color: var(--dlis-color-muted, #595959);
    font-weight: 400;
  }
  .options {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin-top: 0.5rem;
  }
  .option,
  .check {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    min-height: 2.75rem;
    padding: 0.25rem 0;
  }
  .option input,
  .check input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.15rem 0 0;
    flex: none;
  }
  .option label,
  .check label {
    overflow-wrap: anywhere;
  }
  /* "Not applicable" is set apart from the scale by a rule and a gap, not by colour. */
  .option.na {
    border-top: 1px dashed var(--dlis-color-border, #767676);
    margin-top: 0.25rem;
    padding-top: 0.5rem;
  }
  .prompt .prose {
    margin-bottom: 0.5rem;
  }
  .problem:empty,
  .notice:empty {
    display: none;
  }
  .problem {
    font-weight: 600;
    border-left: 4px solid currentColor;
    padding-left: 0.5rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-top: 1rem;
  }
  .answers {
    padding-left: 1.25rem;
  }
  .answers li {
    margin: 0.25rem 0;
    overflow-wrap: anywhere;
  }
  button.link {
    min-height: 2.75rem;
    padding: 0.25rem 0.5rem;
    border: none;
    background: none;
    color: var(--dlis-color-link, #1a4f8b);
    text-decoration: underline;
  }
`;
