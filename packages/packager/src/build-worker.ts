// Entry point of a build worker thread (buildCoursesInParallel): checks the courses the main thread hands it,
// keeps them compiled, then packages them when told. The compiled `dlis` command ships it as build-worker.js.
import { parentPort, workerData } from 'node:worker_threads';
import type { BuildWorkerData, FromBuildWorker, ToBuildWorker } from './build-worker-protocol.ts';
import { toWorkerFailure } from './build-worker-protocol.ts';
import {
  checkCourseSources,
  courseAssets,
  packageCourses,
  prepareCourse,
  resourceIds,
  type ReadyCourse,
} from './course-build-steps.ts';

const { options, links } = workerData as BuildWorkerData;
const ready = new Map<number, ReadyCourse>();
const port = parentPort!;
const send = (message: FromBuildWorker) => port.postMessage(message);

async function check(index: number, dir: string): Promise<void> {
  const checked = await checkCourseSources(dir, options);
  const model = checked.model;
  if (!model) {
    send({
      type: 'checked',
      index,
      resourceIds: [],
      warnings: [],
      diagnostics: checked.diagnostics,
      prepareDiagnostics: [],
      assets: [],
    });
    return;
  }
  // Prepared now (compiled, budget checked), though used only if no course of the build has a problem.
  const prepared =
    checked.diagnostics.length === 0 ? await prepareCourse(dir, model, options, links) : undefined;
  if (prepared?.ready) ready.set(index, prepared.ready);
  send({
    type: 'checked',
    index,
    id: model.id,
    resourceIds: resourceIds(model),
    warnings: checked.warnings,
    diagnostics: checked.diagnostics,
    prepareDiagnostics: prepared?.diagnostics ?? [],
    assets: courseAssets(model),
  });
}

async function packageAll(indexes: number[], player: Parameters<typeof packageCourses>[1]): Promise<void> {
  const courses = indexes.map((i) => ({ index: i, course: ready.get(i)! }));
  const indexOf = new Map(courses.map(({ index, course }) => [course.dir, index]));
  await packageCourses(
    courses.map(({ course }) => course),
    player,
    options,
    ({ dir, report, ms }) => send({ type: 'package-done', index: indexOf.get(dir)!, report, ms }),
  );
  send({ type: 'packaged' });
}

port.on('message', (message: ToBuildWorker) => {
  const work =
    message.type === 'check'
      ? check(message.index, message.dir)
      : packageAll(message.indexes, message.player);
  work.catch((error: unknown) => send(toWorkerFailure(error)));
});
