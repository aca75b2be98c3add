/**
 * French xAPI status news (the reference catalogue of src/i18n/xapi/): what the learner is told about the
 * statements sent to the LRS (hybrid, cmi5 and xapi packages). Calm wording: a short outage loses nothing.
 */
export const fr = {
  xapiWaiting:
    'Votre activité attend d’être envoyée : elle est conservée dans ce navigateur et partira automatiquement dès le retour de la connexion.',
  xapiSent: 'Votre activité a bien été envoyée.',
  xapiRejected:
    'La plateforme n’a pas accepté votre activité. Elle reste conservée dans ce navigateur et sera renvoyée à la prochaine ouverture du cours. Si ce message revient, prévenez votre formateur.',
  xapiUnavailable:
    'Votre activité ne peut pas être transmise au service de suivi pendant cette session. Votre progression dans le cours est enregistrée normalement.',
  xapiNotKept:
    'Ce navigateur ne peut pas conserver votre dernière activité : gardez cette fenêtre ouverte jusqu’à son envoi.',
  xapiFull:
    'Trop d’activité attend d’être envoyée : la nouvelle activité n’est plus enregistrée jusqu’au retour de la connexion.',
} as const;
