import type { ResultsMessages } from './results-messages.ts';

/** English UI strings of the results add-on (results page, submit confirmation): exactly the keys of fr.ts. */
export const en = {
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
