import type { ScenarioMessages } from './scenario-messages.ts';

/** German UI strings of the scenario add-on: exactly the keys of fr.ts. */
export const de = {
  scenarioStart: 'Beginnen',
  choose: 'Wählen',
  replay: 'Erneut spielen',
  consequence: 'Folge Ihrer Wahl',
  ending: 'Ende des Szenarios',
  tonePositive: 'Positiver Ausgang',
  toneMixed: 'Gemischter Ausgang',
  toneNegative: 'Negativer Ausgang',
  scenarioBest: 'Bestes Ergebnis: {score} von {max}',
  situation: 'Situation {step}',
  you: 'Sie',
} satisfies ScenarioMessages;
