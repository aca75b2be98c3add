/** Languages of the HTML report. */
export const ReportLanguage = { fr: 'fr', en: 'en' } as const;
export type ReportLanguage = (typeof ReportLanguage)[keyof typeof ReportLanguage];

/** Every string of the HTML report, per language (HTML-safe: no user data here). */
export interface ReportText {
  locale: string;
  title: string;
  subtitle: string;
  overview: string;
  respondents: string;
  grouping: string;
  noGrouping: string;
  model: string;
  minCell: string;
  statementsRead: string;
  actors: string;
  withoutConsent: string;
  unscorable: string;
  activity: string;
  since: string;
  until: string;
  consistentThrough: string;
  suppressionNote: (k: number) => string;
  hidden: string;
  decimal: string;
  ci95: string;
  missingValue: string;
  variableNames: Record<string, string>;
  comparisons: string;
  comparisonsNote: string;
  comparisonTable: string;
  measure: string;
  indexName: string;
  groupsCompared: string;
  test: string;
  effectSize: string;
  pHolm: string;
  levelTest: string;
  chiSquareNotShown: string;
  smallExpected: (n: number) => string;
  all: string;
  group: string;
  mean: string;
  sd: string;
  min: string;
  median: string;
  max: string;
  missing: string;
  missingShort: string;
  levelShort: string;
  indexDistribution: string;
  boxDesc: string;
  boxCaption: string;
  indexTable: string;
  nothingToShow: string;
  dimensionMeans: string;
  radarDesc: string;
  radarCaption: (max: number) => string;
  dimensionTable: string;
  dimensionCellNote: string;
  levelDistribution: string;
  levelsDesc: string;
  levelsCaption: string;
  levelTable: string;
  noIndex: string;
  reliability: string;
  reliabilityNote: string;
  reliabilityTable: string;
  dimensionOrItem: string;
  itemTotal: string;
  alphaIfDeleted: string;
  disagreements: string;
  disagreementsNote: (n: number) => string;
  disagreementTable: string;
  respondent: string;
  kind: string;
  what: string;
  reported: string;
  recomputed: string;
  truncated: (n: number) => string;
}

export const REPORT_TEXT: Readonly<Record<ReportLanguage, ReportText>> = {
  en: {
    locale: 'en-GB',
    title: 'DLIS digital agility index — research report',
    subtitle:
      'Pseudonymised, aggregated results of the respondents who agreed to donate their answers to research.',
    overview: 'Overview',
    respondents: 'Respondents (with research consent)',
    grouping: 'Grouped by',
    noGrouping: 'no grouping (whole sample)',
    model: 'Scoring model (recomputed)',
    minCell: 'Smallest cell reported',
    statementsRead: 'Statements read',
    actors: 'Actors with a completed questionnaire',
    withoutConsent: 'Left out: no research consent',
    unscorable: 'Left out: answers that cannot be scored',
    activity: 'Activity',
    since: 'Stored after',
    until: 'Stored up to',
    consistentThrough: 'LRS consistent through',
    suppressionNote: (k) =>
      `Small-cell suppression: every count or statistic based on fewer than ${k} respondents is hidden, and further numbers are hidden wherever totals would otherwise let a reader work a hidden one out by subtraction. Hidden numbers read “hidden”, whatever their size. Minimum and maximum are shown from 30 respondents, Cronbach’s α from 30 complete cases.`,
    hidden: 'hidden',
    decimal: '.',
    ci95: '95 % CI',
    missingValue: '(missing)',
    variableNames: {},
    comparisons: 'Group comparisons',
    comparisonsNote:
      'Only groups the report shows take part, and only for a measure whose mean and n they publish. Two groups: Welch’s t-test with Hedges’ g; three or more: one-way ANOVA with η², and the Kruskal–Wallis test with ε² (no normality assumed). Nine measures are tested at once: read the Holm-adjusted p, which keeps the chance of any false finding at 5 %. These are descriptive comparisons of self-selected samples, not estimates for a population.',
    comparisonTable: 'Group comparisons per measure',
    measure: 'Measure',
    indexName: 'Digital agility index',
    groupsCompared: 'Groups compared',
    test: 'Test',
    effectSize: 'Effect size',
    pHolm: 'p (Holm)',
    levelTest: 'Level distribution × group',
    chiSquareNotShown:
      'Level distribution × group: no χ² test, because the table has hidden cells (a test on it could reveal them).',
    smallExpected: (n) => `${n} cell(s) with an expected count under 5: read the χ² with care.`,
    all: 'All respondents',
    group: 'Group',
    mean: 'Mean',
    sd: 'SD',
    min: 'Min',
    median: 'Median',
    max: 'Max',
    missing: 'No index',
    missingShort: 'missing',
    levelShort: 'L',
    indexDistribution: 'Distribution of the index per group',
    boxDesc:
      'Box plots of the digital agility index (0 to 100) per group: whiskers from minimum to maximum, box from first to third quartile, thick line at the median, diamond at the mean; dashed lines mark the level cut-offs. The table below gives the same figures.',
    boxCaption:
      'Whiskers: minimum–maximum; box: Q1–Q3 (quantiles type 7); thick line: median; diamond: mean. Dashed lines: level cut-offs.',
    indexTable: 'Index (0–100) per group',
    nothingToShow: 'No group is large enough to be shown.',
    dimensionMeans: 'Mean dimension scores per group',
    radarDesc:
      'Radar chart of the mean score (0 to 100) of each dimension per group; each group has its own line pattern and marker shape. The table below gives the same figures.',
    radarCaption: (max) =>
      `Rings every 20 points. At most ${max} groups are drawn; the table lists all of them.`,
    dimensionTable: 'Mean (SD; n, missing) of each dimension per group',
    dimensionCellNote:
      'n counts respondents with the dimension scored; “missing” those with too few answered items (insufficient data).',
    levelDistribution: 'Level distribution',
    levelsDesc:
      'Stacked bars of the share of respondents at each level per group, each segment labelled with its level and percentage. The table below gives the counts.',
    levelsCaption:
      'Segments: levels L1 to L4, labelled with their share. Hidden counts of a group are drawn together as one hatched segment marked “hidden”.',
    levelTable: 'Respondents per level and group',
    noIndex: 'No index',
    reliability: 'Reliability (Cronbach’s α, McDonald’s ω)',
    reliabilityNote:
      'Per dimension, over the self-assessment item scores of respondents who answered every item of the dimension on the scale (listwise deletion: “not applicable” and missing answers leave the respondent out of that dimension). ω: McDonald’s omega total from a one-factor model of the item correlations (it does not assume equal loadings, as α does). Item–total: corrected correlation of the item with the sum of the other items. Target α ≥ 0.70. Both are given from 30 complete cases.',
    reliabilityTable: 'Reliability per dimension',
    dimensionOrItem: 'Dimension / item',
    itemTotal: 'Item–total r',
    alphaIfDeleted: 'α if item deleted',
    disagreements: 'Disagreements with the reported scores',
    disagreementsNote: (n) =>
      `${n} disagreement(s): scores the statements reported that the recomputation does not reproduce (another model version, or altered data). They are listed, never corrected; the statistics use the recomputed scores.`,
    disagreementTable: 'Disagreements',
    respondent: 'Respondent',
    kind: 'Kind',
    what: 'What',
    reported: 'Reported',
    recomputed: 'Recomputed',
    truncated: (n) => `Only the first ${n} are listed; the CSV and JSON outputs hold all of them.`,
  },
  fr: {
    locale: 'fr-FR',
    title: 'Indice d’agilité numérique DLIS — rapport de recherche',
    subtitle:
      'Résultats pseudonymisés et agrégés des répondant·es qui ont accepté de donner leurs réponses à la recherche.',
    overview: 'Vue d’ensemble',
    respondents: 'Répondant·es (avec consentement recherche)',
    grouping: 'Regroupement',
    noGrouping: 'aucun (échantillon entier)',
    model: 'Modèle de calcul (recalculé)',
    minCell: 'Plus petite cellule publiée',
    statementsRead: 'Déclarations lues',
    actors: 'Acteurs ayant terminé le questionnaire',
    withoutConsent: 'Exclus : pas de consentement recherche',
    unscorable: 'Exclus : réponses impossibles à calculer',
    activity: 'Activité',
    since: 'Stockées après',
    until: 'Stockées jusqu’à',
    consistentThrough: 'LRS cohérent jusqu’à',
    suppressionNote: (k) =>
      `Secret statistique : tout effectif ou statistique reposant sur moins de ${k} répondant·es est masqué, et d’autres nombres sont masqués partout où les totaux permettraient sinon de retrouver un nombre masqué par soustraction. Les nombres masqués sont affichés « masqué », quelle que soit leur taille. Minimum et maximum sont affichés à partir de 30 répondant·es, l’α de Cronbach à partir de 30 cas complets.`,
    hidden: 'masqué',
    decimal: ',',
    ci95: 'IC à 95 %',
    missingValue: '(non renseigné)',
    variableNames: {
      country: 'pays',
      status: 'statut',
      year: 'année',
      role: 'fonction',
      profession: 'profession',
      field: 'domaine',
      sector: 'secteur',
      experience: 'expérience',
      age: 'âge',
      language: 'langue',
    },
    comparisons: 'Comparaisons entre groupes',
    comparisonsNote:
      'Seuls les groupes affichés par le rapport sont comparés, et seulement pour une mesure dont ils publient la moyenne et l’effectif. Deux groupes : test t de Welch avec le g de Hedges ; trois groupes ou plus : analyse de variance à un facteur avec η², et test de Kruskal–Wallis avec ε² (sans hypothèse de normalité). Neuf mesures sont testées à la fois : lisez le p ajusté par la méthode de Holm, qui maintient à 5 % le risque d’un faux résultat. Ce sont des comparaisons descriptives d’échantillons non aléatoires, pas des estimations pour une population.',
    comparisonTable: 'Comparaisons entre groupes, par mesure',
    measure: 'Mesure',
    indexName: 'Indice d’agilité numérique',
    groupsCompared: 'Groupes comparés',
    test: 'Test',
    effectSize: 'Taille d’effet',
    pHolm: 'p (Holm)',
    levelTest: 'Répartition des niveaux × groupe',
    chiSquareNotShown:
      'Répartition des niveaux × groupe : pas de test du χ², car le tableau a des cellules masquées (un test pourrait les révéler).',
    smallExpected: (n) => `${n} cellule(s) d’effectif attendu inférieur à 5 : lire le χ² avec prudence.`,
    all: 'Ensemble des répondant·es',
    group: 'Groupe',
    mean: 'Moyenne',
    sd: 'Écart-type',
    min: 'Min',
    median: 'Médiane',
    max: 'Max',
    missing: 'Sans indice',
    missingShort: 'manquants',
    levelShort: 'N',
    indexDistribution: 'Distribution de l’indice par groupe',
    boxDesc:
      'Boîtes à moustaches de l’indice d’agilité numérique (0 à 100) par groupe : moustaches du minimum au maximum, boîte du premier au troisième quartile, trait épais à la médiane, losange à la moyenne ; les lignes pointillées marquent les seuils de niveau. Le tableau suivant donne les mêmes valeurs.',
    boxCaption:
      'Moustaches : minimum–maximum ; boîte : Q1–Q3 (quantiles de type 7) ; trait épais : médiane ; losange : moyenne. Pointillés : seuils de niveau.',
    indexTable: 'Indice (0–100) par groupe',
    nothingToShow: 'Aucun groupe n’est assez grand pour être affiché.',
    dimensionMeans: 'Scores moyens par dimension et par groupe',
    radarDesc:
      'Graphique radar du score moyen (0 à 100) de chaque dimension par groupe ; chaque groupe a son propre motif de trait et sa forme de marqueur. Le tableau suivant donne les mêmes valeurs.',
    radarCaption: (max) =>
      `Cercles tous les 20 points. Au plus ${max} groupes sont tracés ; le tableau les donne tous.`,
    dimensionTable: 'Moyenne (écart-type ; n, manquants) de chaque dimension par groupe',
    dimensionCellNote:
      'n compte les répondant·es dont la dimension est calculée ; « manquants » ceux qui ont répondu à trop peu d’items (données insuffisantes).',
    levelDistribution: 'Répartition par niveau',
    levelsDesc:
      'Barres empilées de la part des répondant·es à chaque niveau par groupe, chaque segment portant son niveau et son pourcentage. Le tableau suivant donne les effectifs.',
    levelsCaption:
      'Segments : niveaux N1 à N4, avec leur part. Les effectifs masqués d’un groupe forment un seul segment hachuré marqué « masqué ».',
    levelTable: 'Répondant·es par niveau et par groupe',
    noIndex: 'Sans indice',
    reliability: 'Fiabilité (α de Cronbach, ω de McDonald)',
    reliabilityNote:
      'Par dimension, sur les scores des items d’auto-évaluation des répondant·es ayant répondu à tous les items de la dimension sur l’échelle (suppression par liste : « sans objet » et réponses manquantes excluent la personne de cette dimension). ω : oméga total de McDonald, tiré d’un modèle à un facteur des corrélations entre items (il ne suppose pas, comme α, des saturations égales). Item–total : corrélation corrigée de l’item avec la somme des autres items. Cible α ≥ 0,70. Les deux sont donnés à partir de 30 cas complets.',
    reliabilityTable: 'Fiabilité par dimension',
    dimensionOrItem: 'Dimension / item',
    itemTotal: 'r item–total',
    alphaIfDeleted: 'α sans l’item',
    disagreements: 'Écarts avec les scores déclarés',
    disagreementsNote: (n) =>
      `${n} écart(s) : scores déclarés par les déclarations que le recalcul ne reproduit pas (autre version du modèle, ou données altérées). Ils sont listés, jamais corrigés ; les statistiques utilisent les scores recalculés.`,
    disagreementTable: 'Écarts',
    respondent: 'Répondant·e',
    kind: 'Type',
    what: 'Objet',
    reported: 'Déclaré',
    recomputed: 'Recalculé',
    truncated: (n) => `Seuls les ${n} premiers sont listés ; les sorties CSV et JSON les contiennent tous.`,
  },
};
