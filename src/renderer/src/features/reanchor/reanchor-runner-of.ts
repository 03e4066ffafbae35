import { createWorkerReanchor, type ReanchorRunner } from './reanchor-runner';

const runners = new WeakMap<object, ReanchorRunner>();

/**
 * The re-anchoring worker of a workbench, started on first use and kept for the next runs.
 * Keyed by the composition root's workbench (not a module-wide singleton), so a test or a
 * second workbench gets its own.
 */
export function reanchorRunnerOf(workbench: object): ReanchorRunner {
  let runner = runners.get(workbench);
  if (!runner) {
    runner = createWorkerReanchor();
    runners.set(workbench, runner);
  }
  return runner;
}
