import type { ResultsMessages } from './results-messages.ts';

/** Deutsche UI-Texte des Ergebnis-Add-ons (Ergebnisseite, Bestätigung vor dem Absenden). */
export const de = {
  resultsIntro:
    'Überprüfen Sie Ihre Antworten und reichen Sie dann die Prüfung ein. Danach können die Antworten nicht mehr geändert werden.',
  answeredCount: '{answered} von {total} Fragen beantwortet',
  submitAssessment: 'Prüfung einreichen',
  score: 'Ergebnis: {score}',
  masteryScore: 'Erforderliches Ergebnis: {score}',
  passed: 'Prüfung bestanden.',
  failed: 'Prüfung nicht bestanden.',
  recap: 'Frage für Frage',
  recapCorrect: 'richtig',
  recapIncorrect: 'falsch',
  recapUnanswered: 'unbeantwortet',
  goToQuestion: 'Zur Frage: {title}',
  newAttempt: 'Neuen Versuch beginnen',
  attemptOf: 'Versuch {attempt} von {max}',
  attemptsDone: 'Sie haben alle Versuche verbraucht.',
  answerGiven: 'Ihre Antwort: {answer}',
  partlyCorrect: 'teilweise richtig',
  pointOne: '{score} Punkt',
  pointFew: '{score} Punkte',
  pointOther: '{score} Punkte',
  confirmTitle: 'Test absenden?',
  confirmUnanswered: 'Noch nicht beantwortete Fragen: {count}',
  confirmNote:
    'Eine unbeantwortete Frage zählt 0 Punkte. Nach dem Absenden können die Antworten nicht mehr geändert werden.',
  submitAnyway: 'Trotzdem absenden',
  keepAnswering: 'Weiter antworten',
} satisfies ResultsMessages;
