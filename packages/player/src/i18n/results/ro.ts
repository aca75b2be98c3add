import type { ResultsMessages } from './results-messages.ts';

/** Textele în română ale add-on-ului de rezultate (pagina de rezultate, confirmarea trimiterii). */
export const ro = {
  resultsIntro:
    'Verificați-vă răspunsurile, apoi trimiteți evaluarea. După trimitere, răspunsurile nu mai pot fi modificate.',
  answeredCount: '{answered} din {total} întrebări cu răspuns',
  submitAssessment: 'Trimite evaluarea',
  score: 'Scor: {score}',
  masteryScore: 'Scor necesar: {score}',
  passed: 'Evaluare promovată.',
  failed: 'Evaluare nepromovată.',
  recap: 'Întrebare cu întrebare',
  recapCorrect: 'corect',
  recapIncorrect: 'greșit',
  recapUnanswered: 'fără răspuns',
  goToQuestion: 'Mergi la întrebarea: {title}',
  newAttempt: 'Începe o nouă încercare',
  attemptOf: 'Încercarea {attempt} din {max}',
  attemptsDone: 'Ați folosit toate încercările.',
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
