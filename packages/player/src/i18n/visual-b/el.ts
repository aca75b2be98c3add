import type { VisualBMessages } from './visual-b-messages.ts';

/** Greek UI strings of the visual-b add-on: exactly the keys of fr.ts. */
export const el = {
  stepOf: 'Βήμα {step} από {total}',
  previousStep: 'Προηγούμενο βήμα',
  nextStep: 'Επόμενο βήμα',
  showAllSteps: 'Εμφάνιση όλων των βημάτων',
  stepByStep: 'Εμφάνιση βήμα προς βήμα',
  markerName: 'Σημείο {number}: {label}',
  markerHint: 'Ενεργοποιήστε ένα αριθμημένο σημείο για να διαβάσετε την εξήγησή του.',
  markerList: 'Λίστα σημείων',
  closeMarker: 'Κλείσιμο',
} satisfies VisualBMessages;
