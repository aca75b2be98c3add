import type { ResultsMessages } from './results-messages.ts';

/** Deutsche UI-Texte des Ergebnis-Add-ons (Ergebnisseite, Bestätigung vor dem Absenden). */
export const de = {
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
