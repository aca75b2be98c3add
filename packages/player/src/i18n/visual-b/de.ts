import type { VisualBMessages } from './visual-b-messages.ts';

/** German UI strings of the visual-b add-on: exactly the keys of fr.ts. */
export const de = {
  stepOf: 'Schritt {step} von {total}',
  previousStep: 'Vorheriger Schritt',
  nextStep: 'Nächster Schritt',
  showAllSteps: 'Alle Schritte anzeigen',
  stepByStep: 'Schritt für Schritt anzeigen',
  markerName: 'Markierung {number}: {label}',
  markerHint: 'Aktivieren Sie eine nummerierte Markierung, um ihre Erklärung zu lesen.',
  markerList: 'Liste der Markierungen',
  closeMarker: 'Schließen',
} satisfies VisualBMessages;
