import type { ScenarioMessages } from './scenario-messages.ts';

/** Greek UI strings of the scenario add-on: exactly the keys of fr.ts. */
export const el = {
  scenarioStart: 'Έναρξη',
  choose: 'Επιλογή',
  replay: 'Ξανά από την αρχή',
  consequence: 'Συνέπεια της επιλογής σας',
  ending: 'Τέλος του σεναρίου',
  tonePositive: 'Θετική έκβαση',
  toneMixed: 'Μικτή έκβαση',
  toneNegative: 'Αρνητική έκβαση',
  scenarioBest: 'Καλύτερο αποτέλεσμα: {score} από {max}',
  situation: 'Κατάσταση {step}',
  you: 'Εσείς',
} satisfies ScenarioMessages;
