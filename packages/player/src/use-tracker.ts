import type { Tracker, TrackerOptions } from '@dlis/tracking';
import { defineDlisPlayer, DlisPlayer } from './components/dlis-player.ts';
// Every player script exposes its Lit runtime and the modules the add-on scripts share (addon-*.ts).
import './addon-host.ts';
import './lit-host.ts';

/**
 * Plugs a tracker factory of @dlis/tracking into the player: every payload gets a tracker made by `create`,
 * with the payload's xAPI settings (PlayerPayload.xapi) and the course for the factories that report over xAPI
 * (the others ignore `xapi`). Then defines `<dlis-player>`: the player in the page starts with this factory.
 */
export function useTracker(create: (options: TrackerOptions) => Tracker): void {
  DlisPlayer.trackerFactory = ({ target, course, xapi }) =>
    create({
      target,
      courseId: course.id,
      courseVersion: course.version,
      layout: course.stateLayout,
      xapi: { ...xapi, identity: xapi?.identity ?? 'pseudonymous', course },
    });
  defineDlisPlayer();
}
