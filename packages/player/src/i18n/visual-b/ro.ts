import type { VisualBMessages } from './visual-b-messages.ts';

/** Romanian UI strings of the visual-b add-on: exactly the keys of fr.ts. */
export const ro = {
  stepOf: 'Pasul {step} din {total}',
  previousStep: 'Pasul anterior',
  nextStep: 'Pasul următor',
  showAllSteps: 'Arată toți pașii',
  stepByStep: 'Arată pas cu pas',
  markerName: 'Reperul {number}: {label}',
  markerHint: 'Activați un reper numerotat pentru a citi explicația lui.',
  markerList: 'Lista reperelor',
  closeMarker: 'Închide',
} satisfies VisualBMessages;
