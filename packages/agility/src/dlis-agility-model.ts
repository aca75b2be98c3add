import type { AgilityDefinition, ScenarioOption, SelfItem } from './agility-definition.ts';
import { withWording } from './agility-wording.ts';
import { dlisAgilityWording } from './dlis-agility-wording.ts';

/**
 * The DLIS digital agility index as data, from BRIEF.md §3 (itself a proposal of the toolkit, §3 heading).
 * Ids, dimensions, scales, reverse flags, weights, levels and the module mapping are BRIEF's. Values BRIEF does not
 * give carry a `note` saying "proposal, to be confirmed by the partners". The wording (items, options, background
 * questions) is the agility-index course's, copied by `npm run agility:wording` into dlis-agility-wording.ts.
 */

const PROPOSAL = 'proposal, to be confirmed by the partners';

/** Self-assessment items `<d>.1` … `<d>.<count>` of one dimension; `reverse` lists BRIEF's (R) items. */
function items(dimension: number, count: number, scale: string, reverse: readonly string[] = []): SelfItem[] {
  return Array.from({ length: count }, (_, i) => {
    const id = `${dimension}.${i + 1}`;
    return {
      id,
      dimension: `D${dimension}`,
      scale,
      reverse: reverse.includes(id),
      notApplicableAllowed: true,
    };
  });
}

/** Options `A`, `B`, … with the correct one (credit 100) at `correct`; the others score 0. */
function options(count: number, correct: string): ScenarioOption[] {
  return Array.from({ length: count }, (_, i) => {
    const id = String.fromCharCode(65 + i);
    return { id, credit: id === correct ? 100 : 0 };
  });
}

/** A country equivalent the toolkit wrote from BRIEF's country facts (§2, §4 chapters 4 and 6). */
function countryEquivalent(of: string, summary: string): string {
  return `Country equivalent of ${of}, written by the toolkit from BRIEF.md's country facts (§2, §4 ch. 4/6): ${summary}. ${PROPOSAL}.`;
}

function drafted(summary: string): string {
  return `Options drafted by the toolkit (BRIEF.md gives only the correct answer): ${summary}. ${PROPOSAL}; the course must use the same option ids.`;
}

const scoringModel: AgilityDefinition = {
  id: 'dlis-agility-index',
  version: '0.2.0',
  labels: {
    fr: "Indice d'agilité numérique en intervention sociale",
    en: 'Digital Agility Index for Social Work',
  },
  scales: [
    {
      id: 'proficiency',
      labels: { fr: 'Échelle de maîtrise', en: 'Proficiency' },
      points: [
        { value: 1, labels: { fr: 'Je ne sais pas le faire', en: "I can't do this" } },
        { value: 2, labels: { fr: "Je peux le faire avec de l'aide", en: 'I can do it with help' } },
        {
          value: 3,
          labels: {
            fr: 'Je le fais seul·e dans des situations simples',
            en: 'I do it on my own in simple situations',
          },
        },
        {
          value: 4,
          labels: {
            fr: 'Je le fais seul·e avec aisance, y compris dans des situations nouvelles',
            en: 'I do it confidently, including in unfamiliar situations',
          },
        },
        {
          value: 5,
          labels: {
            fr: "Je peux l'expliquer et guider une personne accompagnée ou un·e collègue",
            en: 'I can explain it and guide a beneficiary or a colleague',
          },
        },
      ],
    },
    {
      id: 'agreement',
      labels: { fr: "Échelle d'accord", en: 'Agreement' },
      points: [
        { value: 1, labels: { fr: "Pas du tout d'accord", en: 'Strongly disagree' } },
        { value: 2, labels: { fr: "Plutôt pas d'accord", en: 'Disagree' } },
        { value: 3, labels: { fr: "Ni d'accord ni pas d'accord", en: 'Neither agree nor disagree' } },
        { value: 4, labels: { fr: "Plutôt d'accord", en: 'Agree' } },
        { value: 5, labels: { fr: "Tout à fait d'accord", en: 'Strongly agree' } },
      ],
    },
  ],
  notApplicable: { fr: 'Non concerné·e', en: 'Not applicable' },
  dimensions: [
    {
      id: 'D1',
      labels: {
        fr: "Équipement, accès et conditions d'exercice",
        en: 'Equipment, access and working conditions',
      },
      weight: 0.1,
      knowledgeShare: 0,
      calibrated: false,
      modules: { primary: ['M2'], secondary: ['guide-ch7'] },
      note: `D1-S1 is scored and reported as K but does not count (BRIEF §3.4 step 4). No calibration message: the D1 items describe working conditions, not competence (${PROPOSAL}).`,
    },
    {
      id: 'D2',
      labels: { fr: 'Compétences numériques de base', en: 'Core digital skills' },
      weight: 0.15,
      knowledgeShare: 0.4,
      calibrated: true,
      modules: { primary: ['M5'], secondary: ['pix', 'europass', 'les-bons-clics'] },
    },
    {
      id: 'D3',
      labels: { fr: 'Démarches administratives en ligne', en: 'Online administrative procedures' },
      weight: 0.15,
      knowledgeShare: 0.4,
      calibrated: true,
      modules: { primary: ['M5'], secondary: ['M1'] },
    },
    {
      id: 'D4',
      labels: { fr: "Culture de l'information", en: 'Information literacy' },
      weight: 0.1,
      knowledgeShare: 0.4,
      calibrated: true,
      modules: { primary: ['M6'], secondary: ['M1'] },
    },
    {
      id: 'D5',
      labels: { fr: 'Communication et collaboration', en: 'Communication and collaboration' },
      weight: 0.1,
      knowledgeShare: 0.4,
      calibrated: true,
      modules: { primary: ['M7'], secondary: ['M4'] },
    },
    {
      id: 'D6',
      labels: { fr: 'Sécurité, vie privée et RGPD', en: 'Safety, privacy and GDPR' },
      weight: 0.15,
      knowledgeShare: 0.4,
      calibrated: true,
      modules: { primary: ['M4'], secondary: ['M6'] },
    },
    {
      id: 'D7',
      labels: { fr: 'Posture de médiation et éthique', en: 'Mediation posture and ethics' },
      weight: 0.15,
      knowledgeShare: 0.4,
      calibrated: true,
      modules: { primary: ['M3'], secondary: ['M2'] },
    },
    {
      id: 'D8',
      labels: { fr: 'Confiance et attitude', en: 'Confidence and attitude' },
      weight: 0.1,
      knowledgeShare: 0,
      calibrated: false,
      modules: { primary: ['M1', 'M3'], secondary: ['peer-practice', 'M5'] },
      note: 'No scenario: attitudinal dimension, used to interpret calibration gaps (BRIEF §3.3 D8).',
    },
  ],
  items: [
    ...items(1, 6, 'agreement'),
    ...items(2, 6, 'proficiency'),
    ...items(3, 5, 'proficiency'),
    ...items(4, 5, 'proficiency'),
    ...items(5, 5, 'proficiency'),
    ...items(6, 6, 'proficiency'),
    ...items(7, 6, 'proficiency'),
    ...items(8, 6, 'agreement', ['8.2']),
  ],
  scenarios: [
    { id: 'D1-S1', dimension: 'D1', critical: false, options: options(4, 'C') },
    { id: 'D2-S1', dimension: 'D2', critical: false, options: options(4, 'C') },
    { id: 'D2-S2', dimension: 'D2', critical: false, options: options(3, 'B') },
    { id: 'D3-S1', dimension: 'D3', critical: false, countries: ['FR'], options: options(3, 'B') },
    { id: 'D3-S2', dimension: 'D3', critical: false, countries: ['BE'], options: options(3, 'B') },
    {
      id: 'D3-S3',
      dimension: 'D3',
      critical: false,
      countries: ['LU'],
      options: options(3, 'B'),
      note: countryEquivalent(
        'D3-S1/D3-S2',
        'A an e-mail address and a password are enough; B ✔ a LuxTrust product or the Luxembourg eID, plus the 13-digit national identification number [62]; C register him with your own LuxTrust product',
      ),
    },
    {
      id: 'D3-S4',
      dimension: 'D3',
      critical: false,
      countries: ['GR'],
      options: options(3, 'B'),
      note: countryEquivalent(
        'D3-S1/D3-S2',
        'A log in to gov.gr with your own TaxisNet credentials; B ✔ she logs in with her own TaxisNet credentials, or a KEP citizen service centre checks her identity and files the application [63]; C ask her to send you her TaxisNet password',
      ),
    },
    {
      id: 'D3-S5',
      dimension: 'D3',
      critical: false,
      countries: ['RO'],
      options: options(3, 'B'),
      note: countryEquivalent(
        'D3-S1/D3-S2',
        'A send a copy of his ID card by WhatsApp to a call centre; B ✔ create the account with his own Romanian bank card, at the local tax office, or with ROeID [64]; C pay from your own ghiseul.ro account',
      ),
    },
    { id: 'D4-S1', dimension: 'D4', critical: false, countries: ['FR'], options: options(3, 'B') },
    {
      id: 'D4-S2',
      dimension: 'D4',
      critical: false,
      options: options(3, 'B'),
      note: drafted(
        'A put the €250 in the budget from next month; B ✔ explain it is an estimate, wait for the official decision, commit to no amount or date; C put half of it in the budget to be safe',
      ),
    },
    {
      id: 'D5-S1',
      dimension: 'D5',
      critical: false,
      options: options(3, 'C'),
      note: drafted(
        'A forward them to your work e-mail from the personal phone "for convenience" (BRIEF\'s wrong answer); B keep them "in case" (BRIEF\'s wrong answer); C ✔ delete them, explain the official or work channel, state your boundaries kindly',
      ),
    },
    { id: 'D6-S1', dimension: 'D6', critical: true, options: options(3, 'B') },
    {
      id: 'D6-S2',
      dimension: 'D6',
      critical: true,
      options: options(3, 'B'),
      note: drafted(
        'A accept if the spreadsheet is password-protected; B ✔ refuse: use a formal mandate (Aidants Connect in France) or help people keep their own credentials; C accept for the people who agree orally',
      ),
    },
    {
      id: 'D7-S1',
      dimension: 'D7',
      critical: true,
      countries: ['FR'],
      options: options(4, 'C'),
      note: `BRIEF titles it "France": it tests French schemes (FranceConnect, Aidants Connect), so only French respondents see it; D7-S3 is its country-neutral equivalent (${PROPOSAL}).`,
    },
    {
      id: 'D7-S2',
      dimension: 'D7',
      critical: true,
      countries: ['FR'],
      options: options(3, 'B'),
      note:
        drafted(
          'A yes, once she has followed the Aidants Connect training; B ✔ not possible: volunteers, civic-service volunteers, family carers and elected officials are not eligible, only trained employees of approved structures; C yes, if each person signs a mandate',
        ) +
        ' French scheme: only French respondents see it; D7-S4 (BE), D7-S5 (GR) and D7-S6 (RO) are its country equivalents, none for LU (BRIEF documents neither its representation rules nor its physical help points).',
    },
    {
      id: 'D7-S3',
      dimension: 'D7',
      critical: true,
      options: options(4, 'C'),
      note: countryEquivalent(
        'D7-S1 (every country)',
        'A accept and note it in her file; B accept, in a sealed envelope in a locked drawer; C ✔ decline to hold the password, do the procedures together, help her store it herself, and if you must act on her behalf use the formal mandate your country or the service provides [38][15][61]; D tell her you cannot help with digital matters',
      ),
    },
    {
      id: 'D7-S4',
      dimension: 'D7',
      critical: true,
      countries: ['BE'],
      options: options(3, 'B'),
      note: countryEquivalent(
        'D7-S2',
        "a volunteer offers to file older people's returns on Tax-on-web for them. A yes, if they lend her their eID and PIN or their itsme; B ✔ each person logs in with their own digital key and she supports them; to act for them on the online tax return, the person appoints a representative (mandataire) for a set period; check the rules in MyMinfin/CSAM first [61]; C yes, logging in with her own itsme",
      ),
    },
    {
      id: 'D7-S5',
      dimension: 'D7',
      critical: true,
      countries: ['GR'],
      options: options(3, 'B'),
      note: countryEquivalent(
        'D7-S2',
        "a volunteer offers to file older people's applications on gov.gr for them. A yes, if they give her their TaxisNet credentials to keep; B ✔ each person logs in with their own TaxisNet credentials and she supports them; a person who cannot is referred to a KEP centre, where staff check identity and file the application [63][38]; C yes, with her own TaxisNet credentials. Greek representation rules are not documented (BRIEF §6)",
      ),
    },
    {
      id: 'D7-S6',
      dimension: 'D7',
      critical: true,
      countries: ['RO'],
      options: options(3, 'B'),
      note: countryEquivalent(
        'D7-S2',
        "a volunteer offers to pay older people's local taxes on ghiseul.ro from her own account and be paid back in cash. A yes, if she keeps the receipts; B ✔ each person pays from their own ghiseul.ro account (own Romanian bank card, local tax office or ROeID) with her support; a person who needs in-person help is referred to the local tax office [64]; C yes, if they give her their ROeID login. Romanian representation rules are not documented (BRIEF §6)",
      ),
    },
  ],
  levels: [
    { id: 1, min: 0, labels: { fr: 'Niveau 1 – Découverte', en: 'Level 1 – Discovering' } },
    { id: 2, min: 40, labels: { fr: 'Niveau 2 – En progression', en: 'Level 2 – Developing' } },
    { id: 3, min: 60, labels: { fr: 'Niveau 3 – Agile', en: 'Level 3 – Agile' } },
    { id: 4, min: 80, labels: { fr: 'Niveau 4 – Personne-ressource', en: 'Level 4 – Resource person' } },
  ],
  resources: [
    {
      id: 'M1',
      kind: 'module',
      labels: { fr: 'Dématérialisation et accès aux droits', en: 'Dematerialisation and access to rights' },
    },
    {
      id: 'M2',
      kind: 'module',
      labels: {
        fr: "Repérer et diagnostiquer l'exclusion numérique",
        en: 'Identifying and assessing digital exclusion',
      },
    },
    {
      id: 'M3',
      kind: 'module',
      labels: { fr: 'Posture, éthique et mandat', en: 'Posture, ethics and mandates' },
    },
    {
      id: 'M4',
      kind: 'module',
      labels: {
        fr: 'Données personnelles, RGPD et secret professionnel',
        en: 'Personal data, GDPR and professional secrecy',
      },
    },
    {
      id: 'M5',
      kind: 'module',
      labels: { fr: 'Démarches en ligne : parcours par pays', en: 'Online procedures: country pathways' },
    },
    {
      id: 'M6',
      kind: 'module',
      labels: { fr: 'Sécurité en ligne, arnaques et faux sites', en: 'Online safety, scams and fake sites' },
    },
    {
      id: 'M7',
      kind: 'module',
      labels: { fr: 'Accessibilité et communication claire', en: 'Accessibility and plain language' },
    },
    {
      id: 'guide-ch7',
      kind: 'guide',
      labels: {
        fr: 'Guide-outil, chapitre 7 : orienter vers les lieux de médiation numérique',
        en: 'Guide, chapter 7: referring to digital mediation places',
      },
    },
    { id: 'pix', kind: 'external', labels: { fr: 'Pix', en: 'Pix' } },
    {
      id: 'europass',
      kind: 'external',
      labels: {
        fr: 'Test de compétences numériques Europass',
        en: 'Europass digital skills test',
      },
    },
    { id: 'les-bons-clics', kind: 'external', labels: { fr: 'Les Bons Clics', en: 'Les Bons Clics' } },
    {
      id: 'peer-practice',
      kind: 'practice',
      labels: { fr: 'Pratique entre pairs', en: 'Peer practice' },
    },
  ],
  rules: {
    minAnsweredShare: 0.8,
    minIndexWeightShare: 0.8,
    priorityBelow: 40,
    recommendedBelow: 60,
    secondaryAtOrBelow: 40,
    calibrationGap: 30,
    underconfidenceResources: ['M3', 'M2'],
    criticalMaxCredit: 0,
    note: `From BRIEF §3.4: minAnsweredShare, tiers, calibrationGap, underconfidenceResources, critical scenarios. ${PROPOSAL}: minIndexWeightShare (index over the scored dimensions, weights renormalised, only if they carry ≥ 80 % of the weight); secondaryAtOrBelow (derived from the worked example, where D6 = 40 gives M4 and M6); criticalMaxCredit 0 (a partly acceptable answer does not trigger); the French wording of the calibration messages.`,
  },
  messages: {
    overconfidence: { fr: 'Surestimation possible', en: 'Possible overconfidence' },
    underconfidence: { fr: 'Vous en savez plus que vous ne le pensez', en: 'You know more than you think' },
  },
};

/** The DLIS model with the agility-index course's wording (fr, en): what reports label items and answers with. */
export const dlisAgilityModel: AgilityDefinition = /* @__PURE__ */ withWording(
  scoringModel,
  dlisAgilityWording,
);
