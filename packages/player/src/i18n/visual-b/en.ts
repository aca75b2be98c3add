import type { VisualBMessages } from './visual-b-messages.ts';

/** English UI strings of the visual-b add-on: exactly the keys of fr.ts. */
export const en = {
  stepOf: 'Step {step} of {total}',
  previousStep: 'Previous step',
  nextStep: 'Next step',
  showAllSteps: 'Show all steps',
  stepByStep: 'Show step by step',
  markerName: 'Marker {number}: {label}',
  markerHint: 'Activate a numbered marker to read its explanation.',
  markerList: 'List of markers',
  closeMarker: 'Close',
} satisfies VisualBMessages;
