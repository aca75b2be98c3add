import type { ReportLanguage } from './report-text.ts';

/** Wording of the HTML report's item analysis section (strings are HTML: already escaped). */
export interface ItemText {
  locale: string;
  hidden: string;
  title: string;
  note: string;
  flagsTitle: string;
  noFlags: string;
  flagAlpha: (dimension: string, alpha: string) => string;
  flagItemTotal: (id: string, wording: string, r: string) => string;
  noWording: string;
  reversed: string;
  itemTable: string;
  scenarioTable: string;
  item: string;
  wording: string;
  answered: string;
  notApplicable: string;
  floor: string;
  ceiling: string;
  mean: string;
  sd: string;
  itemTotal: string;
  scenario: string;
  noAnswer: string;
  p: string;
  meanShare: string;
  discrimination: string;
  options: string;
}

export const ITEM_TEXT: Record<ReportLanguage, ItemText> = {
  en: {
    locale: 'en-GB',
    hidden: 'hidden',
    title: 'Item analysis (whole sample)',
    note: 'Self-assessment items: respondents who answered on the scale, “not applicable” answers (share of the whole sample), floor (item score 0, the lowest end of the scale after reversing) and ceiling (100) with their share of the answered, mean and SD of the item score (0–100), and the corrected item–total r. Scenarios: difficulty p (share of the answered who chose the best answer, ✓), mean credit share (equal to p when no option has partial credit, ½), discrimination (point-biserial r of the credit with the mean credit of the other scenarios the respondent answered, from 30 respondents) and the count of each option. Counts under the minimum cell are hidden, and so are the shares that would give them away.',
    flagsTitle: 'To look at',
    noFlags:
      'Nothing flagged: every published α is at least 0.70 and every published item–total r at least 0.30.',
    flagAlpha: (dimension, alpha) => `${dimension}: α = ${alpha}, under the 0.70 target.`,
    flagItemTotal: (id, wording, r) => `Item ${id} “${wording}”: item–total r = ${r}, under 0.30.`,
    noWording: '(wording in the course: run the report with --questionnaire courses/agility-index)',
    reversed: '(reversed)',
    itemTable: 'Self-assessment items',
    scenarioTable: 'Scenarios: difficulty, discrimination and answers per option',
    item: 'Item',
    wording: 'Wording',
    answered: 'Answered',
    notApplicable: 'Not applicable',
    floor: 'Floor (0)',
    ceiling: 'Ceiling (100)',
    mean: 'Mean',
    sd: 'SD',
    itemTotal: 'Item–total r',
    scenario: 'Scenario',
    noAnswer: 'No answer',
    p: 'Difficulty p',
    meanShare: 'Mean credit share',
    discrimination: 'Discrimination r<sub>pb</sub>',
    options: 'Answers per option',
  },
  fr: {
    locale: 'fr-FR',
    hidden: 'masqué',
    title: 'Analyse des items (échantillon entier)',
    note: 'Items d’auto-évaluation : répondant·es ayant répondu sur l’échelle, réponses « sans objet » (part de l’échantillon entier), plancher (score d’item 0, le bas de l’échelle après inversion) et plafond (100) avec leur part des réponses, moyenne et écart-type du score d’item (0–100), et r item–total corrigé. Mises en situation : difficulté p (part des réponses qui choisissent la meilleure réponse, ✓), part moyenne du crédit (égale à p quand aucune option n’a de crédit partiel, ½), discrimination (r point-bisérial du crédit avec le crédit moyen des autres mises en situation auxquelles la personne a répondu, à partir de 30 personnes) et l’effectif de chaque option. Les effectifs sous le seuil sont masqués, comme les parts qui permettraient de les retrouver.',
    flagsTitle: 'À examiner',
    noFlags: 'Rien à signaler : chaque α publié atteint 0,70 et chaque r item–total publié atteint 0,30.',
    flagAlpha: (dimension, alpha) => `${dimension} : α = ${alpha}, sous la cible de 0,70.`,
    flagItemTotal: (id, wording, r) => `Item ${id} « ${wording} » : r item–total = ${r}, sous 0,30.`,
    noWording: '(libellé dans le cours : lancer le rapport avec --questionnaire courses/agility-index)',
    reversed: '(inversé)',
    itemTable: 'Items d’auto-évaluation',
    scenarioTable: 'Mises en situation : difficulté, discrimination et réponses par option',
    item: 'Item',
    wording: 'Libellé',
    answered: 'Réponses',
    notApplicable: 'Sans objet',
    floor: 'Plancher (0)',
    ceiling: 'Plafond (100)',
    mean: 'Moyenne',
    sd: 'Écart-type',
    itemTotal: 'r item–total',
    scenario: 'Mise en situation',
    noAnswer: 'Sans réponse',
    p: 'Difficulté p',
    meanShare: 'Part moyenne du crédit',
    discrimination: 'Discrimination r<sub>pb</sub>',
    options: 'Réponses par option',
  },
};
