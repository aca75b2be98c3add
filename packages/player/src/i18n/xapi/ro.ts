import type { XapiMessages } from './xapi-messages.ts';

/** Romanian xAPI status news. */
export const ro = {
  xapiWaiting:
    'Activitatea dumneavoastră așteaptă să fie trimisă: este păstrată în acest browser și va fi trimisă automat când revine conexiunea.',
  xapiSent: 'Activitatea dumneavoastră a fost trimisă.',
  xapiRejected:
    'Platforma nu a acceptat activitatea dumneavoastră. Aceasta rămâne păstrată în acest browser și va fi retrimisă la următoarea deschidere a cursului. Dacă mesajul apare din nou, anunțați-vă formatorul.',
  xapiUnavailable:
    'Activitatea dumneavoastră nu poate fi transmisă serviciului de urmărire în această sesiune. Progresul în curs este salvat ca de obicei.',
  xapiNotKept:
    'Acest browser nu poate păstra ultima activitate: lăsați această fereastră deschisă până când este trimisă.',
  xapiFull:
    'Prea multă activitate așteaptă să fie trimisă: activitatea nouă nu mai este înregistrată până la revenirea conexiunii.',
} satisfies XapiMessages;
