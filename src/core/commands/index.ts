/**
 * Commands: pure functions from the current records and their arguments to a change set. They
 * know no storage, DOM or React, so the workbench, the CLI, a worker and a test run them alike;
 * a repository applies what they return.
 */
export * as coding from './coding';
export * as codebook from './codebook';
export * as documents from './documents';
export * as projects from './projects';
export * as trash from './trash';
export * as adjudication from './adjudication';
