import type { XapiMessages } from './xapi-messages.ts';

/** English xAPI status news. */
export const en = {
  xapiWaiting:
    'Your activity is waiting to be sent: it is kept in this browser and will be sent automatically when the connection is back.',
  xapiSent: 'Your activity has been sent.',
  xapiRejected:
    'The platform did not accept your activity. It is kept in this browser and will be sent again the next time you open the course. If this message comes back, tell your trainer.',
  xapiUnavailable:
    'Your activity cannot be passed on to the tracking service in this session. Your progress in the course is saved as usual.',
  xapiNotKept: 'This browser cannot keep your latest activity: keep this window open until it has been sent.',
  xapiFull:
    'Too much activity is waiting to be sent: new activity is not recorded until the connection is back.',
} satisfies XapiMessages;
