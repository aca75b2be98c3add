/** The shell's UI strings (panel, overlay), in the partner countries' languages. English is the fallback. */
export const PANEL_LANGUAGES = ['fr', 'en', 'el', 'ro', 'de'] as const;
export type PanelLanguage = (typeof PANEL_LANGUAGES)[number];

const en = {
  panel: 'Preview panel',
  showPanel: 'Show the panel',
  hidePanel: 'Hide the panel',
  target: 'Target',
  language: 'Language',
  allLanguages: 'All (as a multilingual package)',
  attempt: 'Attempt',
  reset: 'Reset the attempt',
  leaveAndReturn: 'Leave and come back',
  reviewMode: 'Review mode',
  xapiReporting: 'xAPI reporting beside SCORM or web (hybrid)',
  lrsOutage: 'LRS outage',
  refused: 'Requests refused by the LRS since the outage began: {count}',
  dataModel: 'LMS data model',
  noDataModel:
    'This target keeps no SCORM data model: the learner state is in the LRS (xAPI State API) or in the browser.',
  suspendData: 'Suspend data: {used} of {limit} characters',
  statements: 'Statements',
  noStatements: 'No statement yet.',
  statementsOnlyXapi:
    'Statements are sent in the xapi and cmi5 targets, and beside SCORM or web with xAPI reporting on.',
  profileValid: 'follows the DLIS xAPI profile',
  profileInvalid: 'does not follow the DLIS xAPI profile',
  checkPage: 'Check page',
  checking: 'Checking…',
  noViolations: 'No accessibility problem found on this page (axe-core, WCAG 2.1 AA).',
  violations: '{count} accessibility problem(s) on this page (axe-core, WCAG 2.1 AA)',
  errorsTitle: 'The course has problems: fix them and save',
  hint: 'Hint',
  reloaded: 'Course reloaded',
  course: 'Course',
} as const;

export type PanelStrings = Record<keyof typeof en, string>;

const fr: PanelStrings = {
  panel: 'Panneau d’aperçu',
  showPanel: 'Afficher le panneau',
  hidePanel: 'Masquer le panneau',
  target: 'Cible',
  language: 'Langue',
  allLanguages: 'Toutes (comme un paquet multilingue)',
  attempt: 'Tentative',
  reset: 'Recommencer la tentative',
  leaveAndReturn: 'Quitter et revenir',
  reviewMode: 'Mode révision',
  xapiReporting: 'Rapports xAPI à côté de SCORM ou du web (hybride)',
  lrsOutage: 'Panne du LRS',
  refused: 'Requêtes refusées par le LRS depuis le début de la panne : {count}',
  dataModel: 'Modèle de données de la plateforme',
  noDataModel:
    'Cette cible n’a pas de modèle de données SCORM : l’état de l’apprenant est dans le LRS (API State de xAPI) ou dans le navigateur.',
  suspendData: 'Données de reprise : {used} caractères sur {limit}',
  statements: 'Déclarations xAPI',
  noStatements: 'Aucune déclaration pour l’instant.',
  statementsOnlyXapi:
    'Les déclarations sont envoyées avec les cibles xapi et cmi5, et à côté de SCORM ou du web avec les rapports xAPI.',
  profileValid: 'conforme au profil xAPI DLIS',
  profileInvalid: 'non conforme au profil xAPI DLIS',
  checkPage: 'Vérifier la page',
  checking: 'Vérification…',
  noViolations: 'Aucun problème d’accessibilité trouvé sur cette page (axe-core, WCAG 2.1 AA).',
  violations: '{count} problème(s) d’accessibilité sur cette page (axe-core, WCAG 2.1 AA)',
  errorsTitle: 'Le cours a des erreurs : corrigez-les puis enregistrez',
  hint: 'Conseil',
  reloaded: 'Cours rechargé',
  course: 'Cours',
};

const el: PanelStrings = {
  panel: 'Πλαίσιο προεπισκόπησης',
  showPanel: 'Εμφάνιση του πλαισίου',
  hidePanel: 'Απόκρυψη του πλαισίου',
  target: 'Στόχος',
  language: 'Γλώσσα',
  allLanguages: 'Όλες (όπως ένα πολύγλωσσο πακέτο)',
  attempt: 'Προσπάθεια',
  reset: 'Επαναφορά της προσπάθειας',
  leaveAndReturn: 'Έξοδος και επιστροφή',
  reviewMode: 'Λειτουργία ανασκόπησης',
  xapiReporting: 'Αναφορά xAPI δίπλα στο SCORM ή στο web (υβριδική)',
  lrsOutage: 'Διακοπή του LRS',
  refused: 'Αιτήματα που απέρριψε το LRS από την αρχή της διακοπής: {count}',
  dataModel: 'Μοντέλο δεδομένων της πλατφόρμας',
  noDataModel:
    'Αυτός ο στόχος δεν έχει μοντέλο δεδομένων SCORM: η κατάσταση του εκπαιδευόμενου βρίσκεται στο LRS (xAPI State API) ή στον περιηγητή.',
  suspendData: 'Δεδομένα συνέχισης: {used} από {limit} χαρακτήρες',
  statements: 'Δηλώσεις xAPI',
  noStatements: 'Καμία δήλωση ακόμη.',
  statementsOnlyXapi:
    'Οι δηλώσεις αποστέλλονται με τους στόχους xapi και cmi5, και δίπλα στο SCORM ή στο web με την αναφορά xAPI.',
  profileValid: 'σύμφωνη με το προφίλ xAPI του DLIS',
  profileInvalid: 'μη σύμφωνη με το προφίλ xAPI του DLIS',
  checkPage: 'Έλεγχος σελίδας',
  checking: 'Έλεγχος…',
  noViolations: 'Δεν βρέθηκε πρόβλημα προσβασιμότητας σε αυτή τη σελίδα (axe-core, WCAG 2.1 AA).',
  violations: '{count} πρόβλημα(τα) προσβασιμότητας σε αυτή τη σελίδα (axe-core, WCAG 2.1 AA)',
  errorsTitle: 'Το μάθημα έχει σφάλματα: διορθώστε τα και αποθηκεύστε',
  hint: 'Συμβουλή',
  reloaded: 'Το μάθημα φορτώθηκε ξανά',
  course: 'Μάθημα',
};

const ro: PanelStrings = {
  panel: 'Panou de previzualizare',
  showPanel: 'Afișează panoul',
  hidePanel: 'Ascunde panoul',
  target: 'Țintă',
  language: 'Limbă',
  allLanguages: 'Toate (ca un pachet multilingv)',
  attempt: 'Încercare',
  reset: 'Reia încercarea de la început',
  leaveAndReturn: 'Ieși și revino',
  reviewMode: 'Mod de revizuire',
  xapiReporting: 'Raportare xAPI alături de SCORM sau web (hibridă)',
  lrsOutage: 'Pană a LRS',
  refused: 'Cereri refuzate de LRS de la începutul penei: {count}',
  dataModel: 'Modelul de date al platformei',
  noDataModel:
    'Această țintă nu are model de date SCORM: starea cursantului este în LRS (xAPI State API) sau în browser.',
  suspendData: 'Date de reluare: {used} din {limit} caractere',
  statements: 'Declarații xAPI',
  noStatements: 'Nicio declarație deocamdată.',
  statementsOnlyXapi:
    'Declarațiile sunt trimise cu țintele xapi și cmi5, și alături de SCORM sau web cu raportarea xAPI.',
  profileValid: 'conformă cu profilul xAPI DLIS',
  profileInvalid: 'neconformă cu profilul xAPI DLIS',
  checkPage: 'Verifică pagina',
  checking: 'Verificare…',
  noViolations: 'Nicio problemă de accesibilitate găsită pe această pagină (axe-core, WCAG 2.1 AA).',
  violations: '{count} problemă(e) de accesibilitate pe această pagină (axe-core, WCAG 2.1 AA)',
  errorsTitle: 'Cursul are erori: corectați-le și salvați',
  hint: 'Sfat',
  reloaded: 'Curs reîncărcat',
  course: 'Curs',
};

const de: PanelStrings = {
  panel: 'Vorschau-Leiste',
  showPanel: 'Leiste anzeigen',
  hidePanel: 'Leiste ausblenden',
  target: 'Ziel',
  language: 'Sprache',
  allLanguages: 'Alle (wie ein mehrsprachiges Paket)',
  attempt: 'Versuch',
  reset: 'Versuch zurücksetzen',
  leaveAndReturn: 'Verlassen und zurückkehren',
  reviewMode: 'Überprüfungsmodus',
  xapiReporting: 'xAPI-Berichte neben SCORM oder Web (hybrid)',
  lrsOutage: 'LRS-Ausfall',
  refused: 'Vom LRS seit Beginn des Ausfalls abgelehnte Anfragen: {count}',
  dataModel: 'Datenmodell der Lernplattform',
  noDataModel:
    'Dieses Ziel hat kein SCORM-Datenmodell: Der Lernstand liegt im LRS (xAPI State API) oder im Browser.',
  suspendData: 'Fortsetzungsdaten: {used} von {limit} Zeichen',
  statements: 'xAPI-Statements',
  noStatements: 'Noch kein Statement.',
  statementsOnlyXapi:
    'Statements werden mit den Zielen xapi und cmi5 gesendet, und neben SCORM oder Web mit xAPI-Berichten.',
  profileValid: 'entspricht dem DLIS-xAPI-Profil',
  profileInvalid: 'entspricht nicht dem DLIS-xAPI-Profil',
  checkPage: 'Seite prüfen',
  checking: 'Prüfung…',
  noViolations: 'Kein Barrierefreiheitsproblem auf dieser Seite gefunden (axe-core, WCAG 2.1 AA).',
  violations: '{count} Barrierefreiheitsproblem(e) auf dieser Seite (axe-core, WCAG 2.1 AA)',
  errorsTitle: 'Der Kurs hat Fehler: Beheben Sie sie und speichern Sie',
  hint: 'Tipp',
  reloaded: 'Kurs neu geladen',
  course: 'Kurs',
};

const CATALOGS: Record<PanelLanguage, PanelStrings> = { fr, en, el, ro, de };

/** The catalogue of the first of the browser's languages the panel speaks; English otherwise. */
export function panelStrings(browser: readonly string[]): { lang: PanelLanguage; strings: PanelStrings } {
  for (const wish of browser) {
    const primary = wish.toLowerCase().split('-')[0] as PanelLanguage;
    if (PANEL_LANGUAGES.includes(primary)) return { lang: primary, strings: CATALOGS[primary] };
  }
  return { lang: 'en', strings: en };
}

/** `{name}` placeholders filled in. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (all, name: string) => String(values[name] ?? all));
}
