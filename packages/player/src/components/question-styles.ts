import { css } from 'lit';

/** Styles of `dlis-question` and its answer controls. */
export const questionStyles = css`
  fieldset {
    margin: 1.5rem 0;
    padding: 1rem;
    border: 1px solid var(--dlis-color-border);
    border-radius: var(--dlis-radius);
    min-width: 0;
  }
  legend {
    padding: 0 0.25rem;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .choices,
  .pairs,
  .order {
    list-style: none;
    padding: 0;
    margin: 0.5rem 0 1rem;
  }
  .choice {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    padding: 0.375rem 0;
  }
  .choice input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.15rem 0 0;
    flex: none;
  }
  .choice label,
  .pair label {
    overflow-wrap: anywhere;
  }
  .pair {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    align-items: center;
    justify-content: space-between;
    padding: 0.5rem 0;
    border-bottom: 1px solid var(--dlis-color-border);
  }
  select,
  input[type='text'] {
    font: inherit;
    min-height: 2.75rem;
    max-width: 100%;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--dlis-color-border);
    border-radius: var(--dlis-radius);
    background: var(--dlis-color-background);
    color: var(--dlis-color-text);
  }
  .order-item {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    justify-content: space-between;
    margin: 0.25rem 0;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--dlis-color-border);
    border-radius: var(--dlis-radius);
    counter-increment: order;
  }
  .order-label {
    flex: 1 1 10rem;
    overflow-wrap: anywhere;
  }
  .order-label::before {
    content: counter(order) '. ';
    font-weight: 700;
  }
  .order-buttons {
    display: flex;
    gap: 0.25rem;
  }
  .order-buttons button {
    min-width: 2.75rem;
    padding: 0.25rem 0.5rem;
  }
  .field label {
    display: block;
    font-weight: 600;
  }
  .field-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .feedback:empty {
    display: none;
  }
  .feedback {
    margin-top: 1rem;
    padding: 0.75rem;
    border-inline-start: 0.375rem solid var(--dlis-color-primary);
    background: var(--dlis-color-surface);
  }
  .outcome {
    font-weight: 700;
    margin: 0 0 0.5rem;
  }
  .outcome.correct {
    color: var(--dlis-color-success);
  }
  .outcome.incorrect {
    color: var(--dlis-color-danger);
  }
  .note,
  .attempts {
    font-style: italic;
  }
`;
