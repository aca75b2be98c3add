/**
 * Entry of the player bundle (an IIFE, so it runs from file://): defines the `dlis-*` elements and plugs the
 * real tracker in. A package's index.html holds `<dlis-player>`, which boots when this script runs.
 */
import { learnerStateLayout } from '@dlis/course/compiled';
import { createTracker } from '@dlis/tracking';
import { DlisPlayer } from './components/dlis-player.ts';

DlisPlayer.trackerFactory = ({ target, course }) =>
  createTracker({
    target,
    courseId: course.id,
    courseVersion: course.version,
    layout: learnerStateLayout(course),
  });
