import { ProfileIri, ProfileSpecIri } from './iris.ts';
import { lm } from './profile-labels.ts';
import { concepts } from './profile-concepts.ts';
import { patterns } from './profile-patterns.ts';
import { templates } from './profile-templates.ts';
import type { ProfileDocument } from './profile-document.ts';

/*
 * The DLIS xAPI Profile. `profile/dlis.jsonld` is this object serialised (`node --import tsx
 * packages/xapi-profile/build/write-profile.ts`); a test fails when the two differ.
 */

/** The DLIS xAPI Profile document (xAPI Profiles 1.0), the source of `profile/dlis.jsonld`. */
export const dlisProfile: ProfileDocument = {
  '@context': ProfileSpecIri.context,
  id: ProfileIri.profile,
  type: 'Profile',
  conformsTo: ProfileSpecIri.conformsTo,
  prefLabel: lm('DLIS xAPI Profile', 'Profil xAPI DLIS'),
  definition: lm(
    'The statements sent by the courses of the DLIS toolkit (digital inclusion, social digital mediation, digital agility index): sessions, pages, answers, scenarios, questionnaires, outcomes. Compatible with cmi5: in a cmi5 launch the cmi5-defined statements also follow the cmi5 rules. Base IRI https://w3id.org/dlis/xapi/ (to be registered with w3id.org by the partners).',
    'Les déclarations envoyées par les cours de la boîte à outils DLIS (inclusion numérique, médiation numérique sociale, indice d’agilité numérique) : sessions, pages, réponses, scénarios, questionnaires, résultats. Compatible cmi5 : lancées par cmi5, les déclarations définies par cmi5 suivent aussi ses règles. IRI de base https://w3id.org/dlis/xapi/ (à enregistrer auprès de w3id.org par les partenaires).',
  ),
  versions: [{ id: ProfileIri.version, generatedAtTime: '2026-11-28T00:00:00Z' }],
  author: { type: 'Organization', name: 'DLIS project' },
  concepts,
  templates,
  patterns,
};
