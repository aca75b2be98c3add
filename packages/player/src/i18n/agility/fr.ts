/**
 * French UI strings of the agility add-on (questionnaire and results, issue 6): the reference catalogue of
 * src/i18n/agility/. They ship with the add-on (French, etc. as per-language add-on catalogue scripts), not in
 * the player's catalogues, so courses without a questionnaire do not carry them.
 */
export const fr = {
  qConsentTitle: 'Avant de commencer',
  qStart: 'Commencer le diagnostic',
  qConsentRequired: 'Cochez la première case pour faire le diagnostic.',
  qBackgroundTitle: 'À propos de vous',
  qBackgroundIntro:
    'Ces questions servent uniquement à la recherche, comme vous l’avez accepté. Répondez à celles que vous souhaitez.',
  qBackgroundIntroCountry:
    'Votre pays sert au diagnostic ; les autres questions servent uniquement à la recherche, comme vous l’avez accepté. Répondez à celles que vous souhaitez.',
  qBackgroundRequired: 'Les questions obligatoires permettent de comparer les groupes.',
  qCountryWhy:
    'Votre pays fait partie du diagnostic : il choisit les situations présentées, celles de votre pays.',
  qCountryPrivate:
    'Sans votre accord pour la recherche, il reste dans ce diagnostic et n’est transmis à personne pour la recherche.',
  qRequired: '(obligatoire)',
  qRequiredMissing: 'Répondez aux questions obligatoires : {questions}',
  qStepProgress: 'Dimension {step} sur {total}',
  qSelfItems: 'Auto-évaluation',
  qScenarios: 'Situations',
  qNotAnswered: 'Sans réponse',
  qReviewTitle: 'Vérifiez vos réponses',
  qReviewIntro:
    'Vérifiez vos réponses, puis envoyez-les. Une fois envoyées, elles ne peuvent plus être modifiées.',
  qChange: 'Modifier',
  qSubmit: 'Envoyer mes réponses',
  qSaved: 'Vos réponses sont enregistrées : vous pouvez vous arrêter et revenir plus tard.',
  qConsentResearch: 'Donner mes réponses à la recherche',
  qYes: 'Oui',
  qNo: 'Non',
  qResultsTitle: 'Votre profil d’agilité numérique',
  qIndex: 'Indice d’agilité numérique : {index} / 100',
  qRadar: 'Profil par dimension (valeurs dans le tableau « {table} »)',
  qKnowledgeNotCounted: '{value} (non compté dans le score)',
  qYourAnswer: 'Votre réponse :',
  qIndexNone:
    'L’indice ne peut pas être calculé : trop peu de questions s’appliquent à vous ou ont reçu une réponse.',
  qPreviousStep: 'Étape précédente : {step}',
  qNextStep: 'Étape suivante : {step}',
  qLevel: '{label} ({level} sur {levels})',
  qBars: 'Scores par dimension',
  qDimension: 'Dimension',
  qScore: 'Score',
  qSelf: 'Auto-évaluation (S)',
  qKnowledge: 'Connaissances (K)',
  qInsufficient: 'Données insuffisantes',
  qCalibration: 'Auto-évaluation et connaissances',
  qRecommended: 'Modules recommandés',
  qTierPriority: 'Prioritaire',
  qTierRecommended: 'Recommandé',
  qTierOptional: 'Facultatif',
  qNoRecommendation: 'Aucun module à recommander.',
  qScenarioReview: 'Les situations, avec les explications',
  qBestAnswer: 'Meilleure réponse : {answer}',
  qCreditFull: 'Meilleure réponse',
  qCreditPartial: 'Réponse en partie juste',
  qCreditNone: 'Pas la meilleure réponse',
  qPrint: 'Imprimer mes résultats',
  qModel: 'Modèle de calcul {id}, version {version}',
  situation: 'Situation {step}',
} as const;
