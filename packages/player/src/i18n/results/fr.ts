/** Chaînes françaises de l'add-on des résultats (page de résultats, confirmation d'envoi) : la référence des clés. */
export const fr = {
  answerGiven: 'Votre réponse : {answer}',
  partlyCorrect: 'en partie correcte',
  pointOne: '{score} point',
  pointFew: '{score} points',
  pointOther: '{score} points',
  confirmTitle: 'Soumettre l’évaluation ?',
  confirmUnanswered: 'Questions sans réponse : {count}',
  confirmNote:
    'Une question sans réponse compte 0 point. Une fois l’évaluation soumise, les réponses ne peuvent plus être modifiées.',
  submitAnyway: 'Soumettre quand même',
  keepAnswering: 'Continuer à répondre',
};
