/** French UI strings of the visual-b add-on (process, labelled graphic): the reference catalogue. Every other language has exactly these keys. */
export const fr = {
  stepOf: 'Étape {step} sur {total}',
  previousStep: 'Étape précédente',
  nextStep: 'Étape suivante',
  showAllSteps: 'Afficher toutes les étapes',
  stepByStep: 'Afficher étape par étape',
  markerName: 'Repère {number} : {label}',
  markerHint: 'Activez un repère numéroté pour lire son explication.',
  markerList: 'Liste des repères',
  closeMarker: 'Fermer',
} as const;
