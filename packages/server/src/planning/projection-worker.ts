/**
 * The projection worker (issue 13 items 6 and 7; ADR 0022): a worker thread that runs chunks of a
 * waiting-list projection's runs with core's `simulateRuns`, so a long projection never holds the
 * request thread. ProjectionPool starts it and hands it one chunk at a time. It posts progress
 * after each run, stops between runs when the chunk's stop flag (shared memory, which a
 * synchronous loop can read where it cannot receive a message) is set, and posts the runs done
 * with their figures' buffer transferred, not copied. An input core refuses comes back as its
 * field and message, anything else as a message.
 */
import { parentPort } from 'node:worker_threads';
import {
  PlanningInputError,
  simulateRuns,
  type LocalisedText,
  type RunBatch,
  type WaitingListSimulationInput,
} from '@everyday/core';

/** One chunk of a projection: runs firstRun…firstRun + runs − 1 of the projection seeded `seed`. */
export interface ProjectionChunk {
  readonly id: number;
  readonly input: WaitingListSimulationInput;
  readonly seed: string;
  readonly firstRun: number;
  readonly runs: number;
  /** Over a SharedArrayBuffer, shared by every chunk of a projection: non-zero at 0 stops it. */
  readonly stop: Int32Array;
}

/** Why a chunk failed: an input core refused (its field and message), or anything else. */
export type ProjectionFault =
  | { readonly kind: 'input'; readonly field: string; readonly userMessage: LocalisedText }
  | { readonly kind: 'other'; readonly message: string };

export type ProjectionWorkerMessage =
  | { readonly id: number; readonly kind: 'progress'; readonly runsDone: number }
  | { readonly id: number; readonly kind: 'done'; readonly batch: RunBatch }
  | { readonly id: number; readonly kind: 'error'; readonly fault: ProjectionFault };

function faultOf(error: unknown): ProjectionFault {
  if (error instanceof PlanningInputError) {
    return { kind: 'input', field: error.field, userMessage: error.userMessage };
  }
  return { kind: 'other', message: error instanceof Error ? error.message : String(error) };
}

/** Runs one chunk, posting progress and then its batch or its fault. */
function runChunk(chunk: ProjectionChunk, post: (message: ProjectionWorkerMessage) => void): void {
  try {
    // Every 1% of the chunk, or every run for a chunk under 100 runs (a post costs microseconds).
    const every = Math.max(1, Math.floor(chunk.runs / 100));
    const batch = simulateRuns(chunk.input, chunk.seed, chunk.firstRun, chunk.runs, {
      onProgress: (runsDone) => {
        if (runsDone % every === 0) post({ id: chunk.id, kind: 'progress', runsDone });
      },
      shouldStop: () => Atomics.load(chunk.stop, 0) !== 0,
    });
    post({ id: chunk.id, kind: 'done', batch });
  } catch (error) {
    post({ id: chunk.id, kind: 'error', fault: faultOf(error) });
  }
}

const port = parentPort;
if (port === null) throw new Error('projection-worker runs in a worker thread (ProjectionPool)');
port.on('message', (chunk: ProjectionChunk) => {
  runChunk(chunk, (message) => {
    // The figures' buffer is moved to the pool, not copied (core's batch owns its buffer).
    const moved = message.kind === 'done' ? message.batch.values.buffer : null;
    port.postMessage(message, moved instanceof ArrayBuffer ? [moved] : []);
  });
});
