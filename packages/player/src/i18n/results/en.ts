import type { ResultsMessages } from './results-messages.ts';

/** English UI strings of the results add-on (results page, submit confirmation): exactly the keys of fr.ts. */
export const en = {
  resultsIntro:
    'Review your answers, then submit the assessment. Once submitted, answers can no longer be changed.',
  answeredCount: '{answered} of {total} questions answered',
  submitAssessment: 'Submit assessment',
  score: 'Score: {score}',
  masteryScore: 'Required score: {score}',
  passed: 'Assessment passed.',
  failed: 'Assessment not passed.',
  recap: 'Question by question',
  recapCorrect: 'correct',
  recapIncorrect: 'incorrect',
  recapUnanswered: 'unanswered',
  goToQuestion: 'Go to question: {title}',
  newAttempt: 'Start a new attempt',
  attemptOf: 'Attempt {attempt} of {max}',
  attemptsDone: 'You have used all your attempts.',
  answerGiven: 'Your answer: {answer}',
  partlyCorrect: 'partly correct',
  pointOne: '{score} point',
  pointFew: '{score} points',
  pointOther: '{score} points',
  confirmTitle: 'Submit the assessment?',
  confirmUnanswered: 'Questions not answered yet: {count}',
  confirmNote:
    'An unanswered question counts as 0 points. Once the assessment is submitted, answers can no longer be changed.',
  submitAnyway: 'Submit anyway',
  keepAnswering: 'Keep answering',
} satisfies ResultsMessages;
