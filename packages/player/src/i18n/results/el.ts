import type { ResultsMessages } from './results-messages.ts';

/** Ελληνικά κείμενα του πρόσθετου αποτελεσμάτων (σελίδα αποτελεσμάτων, επιβεβαίωση υποβολής). */
export const el = {
  answerGiven: 'Η απάντησή σας: {answer}',
  partlyCorrect: 'εν μέρει σωστή',
  pointOne: '{score} βαθμός',
  pointFew: '{score} βαθμοί',
  pointOther: '{score} βαθμοί',
  confirmTitle: 'Υποβολή της αξιολόγησης;',
  confirmUnanswered: 'Ερωτήσεις χωρίς απάντηση: {count}',
  confirmNote:
    'Μια ερώτηση χωρίς απάντηση μετρά 0 βαθμούς. Μετά την υποβολή, οι απαντήσεις δεν μπορούν πια να αλλάξουν.',
  submitAnyway: 'Υποβολή παρ’ όλα αυτά',
  keepAnswering: 'Συνέχεια των απαντήσεων',
} satisfies ResultsMessages;
