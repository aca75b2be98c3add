import type { ResultsMessages } from './results-messages.ts';

/** Ελληνικά κείμενα του πρόσθετου αποτελεσμάτων (σελίδα αποτελεσμάτων, επιβεβαίωση υποβολής). */
export const el = {
  resultsIntro:
    'Ελέγξτε τις απαντήσεις σας και υποβάλετε την αξιολόγηση. Μετά την υποβολή, οι απαντήσεις δεν αλλάζουν πια.',
  answeredCount: '{answered} από {total} ερωτήσεις απαντήθηκαν',
  submitAssessment: 'Υποβολή αξιολόγησης',
  score: 'Βαθμολογία: {score}',
  masteryScore: 'Απαιτούμενη βαθμολογία: {score}',
  passed: 'Η αξιολόγηση ολοκληρώθηκε με επιτυχία.',
  failed: 'Η αξιολόγηση δεν ολοκληρώθηκε με επιτυχία.',
  recap: 'Ανά ερώτηση',
  recapCorrect: 'σωστή',
  recapIncorrect: 'λάθος',
  recapUnanswered: 'αναπάντητη',
  goToQuestion: 'Μετάβαση στην ερώτηση: {title}',
  newAttempt: 'Έναρξη νέας προσπάθειας',
  attemptOf: 'Προσπάθεια {attempt} από {max}',
  attemptsDone: 'Χρησιμοποιήσατε όλες τις προσπάθειές σας.',
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
