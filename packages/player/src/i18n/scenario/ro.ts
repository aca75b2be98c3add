import type { ScenarioMessages } from './scenario-messages.ts';

/** Romanian UI strings of the scenario add-on: exactly the keys of fr.ts. */
export const ro = {
  scenarioStart: 'Începe',
  choose: 'Alege',
  replay: 'Joacă din nou',
  consequence: 'Consecința alegerii dumneavoastră',
  ending: 'Sfârșitul scenariului',
  tonePositive: 'Deznodământ favorabil',
  toneMixed: 'Deznodământ mixt',
  toneNegative: 'Deznodământ nefavorabil',
  scenarioBest: 'Cel mai bun rezultat: {score} din {max}',
  situation: 'Situația {step}',
  you: 'Dumneavoastră',
} satisfies ScenarioMessages;
