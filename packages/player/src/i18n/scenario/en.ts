import type { ScenarioMessages } from './scenario-messages.ts';

/** English UI strings of the scenario add-on: exactly the keys of fr.ts. */
export const en = {
  scenarioStart: 'Start',
  choose: 'Choose',
  replay: 'Replay',
  consequence: 'Consequence of your choice',
  ending: 'End of the scenario',
  tonePositive: 'Positive outcome',
  toneMixed: 'Mixed outcome',
  toneNegative: 'Negative outcome',
  scenarioBest: 'Best result: {score} of {max}',
  situation: 'Situation {step}',
  you: 'You',
} satisfies ScenarioMessages;
