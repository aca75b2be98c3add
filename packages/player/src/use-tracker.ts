import { learnerStateLayout } from '@dlis/course/compiled';
import type { Tracker, TrackerOptions } from '@dlis/tracking';
import { DlisPlayer } from './components/dlis-player.ts';

/** Plugs a tracker factory of @dlis/tracking into the player: every payload gets a tracker made by `create`. */
export function useTracker(create: (options: TrackerOptions) => Tracker): void {
  DlisPlayer.trackerFactory = ({ target, course }) =>
    create({
      target,
      courseId: course.id,
      courseVersion: course.version,
      layout: learnerStateLayout(course),
    });
}
