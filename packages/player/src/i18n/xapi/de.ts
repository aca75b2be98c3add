import type { XapiMessages } from './xapi-messages.ts';

/** German xAPI status news. */
export const de = {
  xapiWaiting:
    'Ihre Aktivität wartet auf das Senden: Sie bleibt in diesem Browser gespeichert und wird automatisch gesendet, sobald die Verbindung wieder besteht.',
  xapiSent: 'Ihre Aktivität wurde gesendet.',
  xapiRejected:
    'Die Plattform hat Ihre Aktivität nicht angenommen. Sie bleibt in diesem Browser gespeichert und wird beim nächsten Öffnen des Kurses erneut gesendet. Erscheint diese Meldung wieder, informieren Sie Ihre Kursleitung.',
  xapiUnavailable:
    'Ihre Aktivität kann in dieser Sitzung nicht an den Tracking-Dienst übermittelt werden. Ihr Fortschritt im Kurs wird wie gewohnt gespeichert.',
  xapiNotKept:
    'Dieser Browser kann Ihre letzte Aktivität nicht speichern: Lassen Sie dieses Fenster offen, bis sie gesendet wurde.',
  xapiFull:
    'Zu viel Aktivität wartet auf das Senden: Neue Aktivität wird erst wieder erfasst, wenn die Verbindung zurück ist.',
} satisfies XapiMessages;
