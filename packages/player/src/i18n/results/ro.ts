import type { ResultsMessages } from './results-messages.ts';

/** Textele în română ale add-on-ului de rezultate (pagina de rezultate, confirmarea trimiterii). */
export const ro = {
  answerGiven: 'Răspunsul dvs.: {answer}',
  partlyCorrect: 'parțial corect',
  pointOne: '{score} punct',
  pointFew: '{score} puncte',
  pointOther: '{score} de puncte',
  confirmTitle: 'Trimiteți evaluarea?',
  confirmUnanswered: 'Întrebări fără răspuns: {count}',
  confirmNote:
    'O întrebare fără răspuns valorează 0 puncte. După trimiterea evaluării, răspunsurile nu mai pot fi modificate.',
  submitAnyway: 'Trimiteți oricum',
  keepAnswering: 'Continuați să răspundeți',
} satisfies ResultsMessages;
