/** French UI strings of the scenario add-on: the reference catalogue. Every other language has exactly these keys. */
export const fr = {
  scenarioStart: 'Commencer',
  choose: 'Choisir',
  replay: 'Rejouer',
  consequence: 'Conséquence de votre choix',
  ending: 'Fin du scénario',
  tonePositive: 'Issue favorable',
  toneMixed: 'Issue mitigée',
  toneNegative: 'Issue défavorable',
  scenarioBest: 'Meilleur résultat : {score} sur {max}',
  situation: 'Situation {step}',
  you: 'Vous',
} as const;
