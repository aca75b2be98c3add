import { css } from 'lit';

/** Rows of one input and its label: an unstyled list, the input at the label's first line (also the scenario's). */
export const choiceRowStyles = css`
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    display: flex;
    gap: var(--dlis-space-2);
    align-items: flex-start;
    padding: 0.375rem 0;
  }
  input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.15rem 0 0;
    flex: none;
  }
`;

/**
 * The fieldset of ticked or picked items that the checklist and the variable choice share: a bordered group,
 * a bold legend, an unstyled list of one input and its label per row.
 */
export const choiceListStyles = [
  choiceRowStyles,
  css`
    fieldset {
      margin: var(--dlis-space-5) 0;
      padding: var(--dlis-space-4);
      border: 1px solid var(--dlis-color-border);
      border-radius: var(--dlis-radius);
      min-width: 0;
    }
    legend {
      font-weight: 700;
      padding: 0 var(--dlis-space-1);
    }
    label {
      overflow-wrap: anywhere;
    }
    .note {
      margin: var(--dlis-space-2) 0 0;
      font-style: italic;
    }
  `,
];
