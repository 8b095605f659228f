/**
 * Waiting-list projections on worker threads (issue 13 items 6 and 7; ADR 0022). A projection's
 * runs are cut into contiguous chunks handed to the pool's workers as they free up, so two
 * workers share one projection, several projections take turns, progress arrives as runs finish
 * and a stop takes effect within one run. Run i is seeded `<seed>/run/<i>` whichever worker runs
 * it, so the chunks summarised with core's `summariseRuns` give exactly what `simulateMany`
 * gives in one thread.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  DEFAULT_TARGET_WEEKS,
  PlanningInputError,
  summariseRuns,
  type RunBatch,
  type WaitingListProjection,
  type WaitingListSimulationInput,
} from '@everyday/core';
import type {
  ProjectionChunk,
  ProjectionFault,
  ProjectionWorkerMessage,
} from './projection-worker.js';

/** Runs a worker is handed at a time, at most. */
export const DEFAULT_CHUNK_RUNS = 50;

export interface SimulateOptions {
  /**
   * Stops the projection between runs. It then resolves with the runs done so far (`stopped`
   * true, `runs` below `runsRequested`), which need not be the first runs: each worker stops its
   * own chunk where it is.
   */
  readonly signal?: AbortSignal;
  /** Called as runs finish, with the runs done so far (rising) and the runs asked for. */
  readonly onProgress?: (runsDone: number, runs: number) => void;
}

export interface ProjectionPoolOptions {
  /** Runs a worker is handed at a time, at most (50). */
  readonly chunkRuns?: number;
  /** The worker's script (projection-worker beside this file); tests give one that fails. */
  readonly workerUrl?: URL;
}

/** A worker that stopped unexpectedly, or a pool that was closed, with a projection in hand. */
export class ProjectionWorkerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProjectionWorkerError';
  }
}

interface Task {
  readonly input: WaitingListSimulationInput;
  readonly seed: string;
  readonly runs: number;
  readonly stop: Int32Array;
  /** Chunks not yet handed out. */
  readonly queue: { firstRun: number; runs: number }[];
  readonly batches: RunBatch[];
  sent: number;
  inFlight: number;
  runsDone: number;
  settled: boolean;
  readonly onProgress: ((runsDone: number, runs: number) => void) | undefined;
  readonly resolve: (projection: WaitingListProjection) => void;
  readonly reject: (error: Error) => void;
  readonly release: () => void;
}

interface Slot {
  readonly worker: Worker;
  chunk: { readonly id: number; readonly task: Task; runsDone: number } | null;
  /** The error the worker threw, if it threw one, for the message when it exits. */
  fault: Error | null;
  retiring: boolean;
}

/**
 * The worker's script and how to start it. Built, it is the compiled projection-worker.js. From
 * source (vitest, tsx, `--conditions=source`) it is the .ts file, which Node cannot load alone,
 * and on Node 20 a worker does not inherit tsx's hooks from --import: a one-line module registers
 * tsx in the worker and then imports the .ts worker.
 */
function workerEntry(script: URL): { url: URL; execArgv?: string[] } {
  if (!script.pathname.endsWith('.ts')) return { url: script };
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(script.href)});`;
  return {
    url: new URL(`data:text/javascript,${encodeURIComponent(boot)}`),
    execArgv: ['--conditions=source'],
  };
}

function errorOf(fault: ProjectionFault): Error {
  switch (fault.kind) {
    case 'input':
      return new PlanningInputError(fault.field, fault.userMessage);
    case 'other':
      return new ProjectionWorkerError(`The projection failed in its worker: ${fault.message}`);
  }
}

/**
 * Contiguous chunks of `runs`, sized so that every worker gets some; a single chunk when `runs`
 * is not a whole number above 0 (core then refuses it, or runs none).
 */
function chunksOf(runs: number, chunkRuns: number, workers: number): Task['queue'] {
  if (!Number.isInteger(runs) || runs < 1) return [{ firstRun: 0, runs }];
  const size = Math.max(1, Math.min(chunkRuns, Math.ceil(runs / workers)));
  const chunks: Task['queue'] = [];
  for (let firstRun = 0; firstRun < runs; firstRun += size) {
    chunks.push({ firstRun, runs: Math.min(size, runs - firstRun) });
  }
  return chunks;
}

/**
 * A pool of projection workers, started when first needed and unreferenced while idle, so they
 * never keep the process alive. A worker that stops unexpectedly fails the projection it had and
 * is replaced when next needed.
 */
export class ProjectionPool {
  readonly size: number;
  private readonly chunkRuns: number;
  private readonly script: URL;
  private readonly slots: Slot[] = [];
  private readonly tasks: Task[] = [];
  private nextChunkId = 1;
  private turn = 0;
  private closed = false;

  constructor(size = Math.min(2, availableParallelism()), options: ProjectionPoolOptions = {}) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError('A pool needs 1 worker or more');
    this.size = size;
    this.chunkRuns = Math.max(1, Math.floor(options.chunkRuns ?? DEFAULT_CHUNK_RUNS));
    this.script =
      options.workerUrl ??
      new URL(`./projection-worker${extensionOf(import.meta.url)}`, import.meta.url);
  }

  /**
   * `runs` runs of the projection seeded `seed`, across the workers: the same projection as core's
   * `simulateMany(input, runs, seed)`. Rejects with core's PlanningInputError for an input it
   * refuses, and with ProjectionWorkerError when a worker stops or the pool is closed.
   */
  simulate(
    input: WaitingListSimulationInput,
    runs: number,
    seed: string,
    options: SimulateOptions = {},
  ): Promise<WaitingListProjection> {
    if (this.closed) {
      return Promise.reject(new ProjectionWorkerError('The projection pool is closed'));
    }
    const { signal } = options;
    return new Promise<WaitingListProjection>((resolve, reject) => {
      const stopNow = (): void => {
        this.stopTask(task);
      };
      const task: Task = {
        input,
        seed,
        runs,
        stop: new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)),
        queue: chunksOf(runs, this.chunkRuns, this.size),
        batches: [],
        sent: 0,
        inFlight: 0,
        runsDone: 0,
        settled: false,
        onProgress: options.onProgress,
        resolve,
        reject,
        release: () => signal?.removeEventListener('abort', stopNow),
      };
      this.tasks.push(task);
      if (signal?.aborted === true) stopNow();
      else signal?.addEventListener('abort', stopNow, { once: true });
      this.dispatch();
    });
  }

  /** Terminates the workers; a projection still running rejects with ProjectionWorkerError. */
  async close(): Promise<void> {
    this.closed = true;
    for (const task of [...this.tasks]) {
      this.fail(task, new ProjectionWorkerError('The projection pool was closed'));
    }
    const slots = this.slots.splice(0);
    for (const slot of slots) slot.retiring = true;
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  /**
   * Stops a projection between runs: chunks in hand stop where they are and the rest are not
   * sent, but one always is (it checks the input and gives the weeks, running nothing).
   */
  private stopTask(task: Task): void {
    Atomics.store(task.stop, 0, 1);
    task.queue.splice(task.sent === 0 ? 1 : 0);
    this.finishIfDone(task);
  }

  /** Hands chunks to idle workers, starting workers up to the pool's size, taking tasks in turn. */
  private dispatch(): void {
    for (;;) {
      const waiting = this.tasks.filter((t) => t.queue.length > 0);
      if (waiting.length === 0) return;
      // A worker that has thrown is about to exit: nothing more is handed to it.
      const slot =
        this.slots.find((s) => s.chunk === null && s.fault === null) ?? this.startWorker();
      if (slot === undefined) return;
      const task = waiting[this.turn++ % waiting.length];
      const part = task?.queue.shift();
      if (task === undefined || part === undefined) return;
      const chunk: ProjectionChunk = {
        id: this.nextChunkId++,
        input: task.input,
        seed: task.seed,
        firstRun: part.firstRun,
        runs: part.runs,
        stop: task.stop,
      };
      task.sent += 1;
      task.inFlight += 1;
      slot.chunk = { id: chunk.id, task, runsDone: 0 };
      slot.worker.ref();
      slot.worker.postMessage(chunk);
    }
  }

  private startWorker(): Slot | undefined {
    if (this.closed || this.slots.length >= this.size) return undefined;
    const entry = workerEntry(this.script);
    const worker = new Worker(entry.url, entry.execArgv ? { execArgv: entry.execArgv } : {});
    worker.unref();
    const slot: Slot = { worker, chunk: null, fault: null, retiring: false };
    worker.on('message', (message: ProjectionWorkerMessage) => {
      this.onMessage(slot, message);
    });
    worker.on('error', (error) => {
      slot.fault = error;
    });
    worker.on('exit', (code) => {
      this.onExit(slot, code);
    });
    this.slots.push(slot);
    return slot;
  }

  private onMessage(slot: Slot, message: ProjectionWorkerMessage): void {
    const held = slot.chunk;
    if (held?.id !== message.id) return;
    const { task } = held;
    switch (message.kind) {
      case 'progress':
        this.advance(task, held, message.runsDone);
        return;
      case 'done':
        this.advance(task, held, message.batch.runs);
        this.free(slot);
        if (!task.settled) task.batches.push(message.batch);
        this.finishIfDone(task);
        break;
      case 'error':
        this.free(slot);
        this.fail(task, errorOf(message.fault));
        break;
    }
    this.dispatch();
  }

  private onExit(slot: Slot, code: number): void {
    const at = this.slots.indexOf(slot);
    if (at >= 0) this.slots.splice(at, 1);
    if (slot.retiring) return;
    const held = slot.chunk;
    slot.chunk = null;
    if (held !== null) {
      held.task.inFlight -= 1;
      const why = slot.fault ? `: ${slot.fault.message}` : ` (exit code ${code})`;
      this.fail(
        held.task,
        new ProjectionWorkerError(`The projection worker stopped unexpectedly${why}`),
      );
    }
    this.dispatch();
  }

  private free(slot: Slot): void {
    if (slot.chunk !== null) slot.chunk.task.inFlight -= 1;
    slot.chunk = null;
    slot.worker.unref();
  }

  private advance(task: Task, held: NonNullable<Slot['chunk']>, runsDone: number): void {
    if (task.settled || runsDone <= held.runsDone) return;
    task.runsDone += runsDone - held.runsDone;
    held.runsDone = runsDone;
    try {
      task.onProgress?.(task.runsDone, task.runs);
    } catch (error) {
      this.fail(task, error instanceof Error ? error : new Error(String(error)));
    }
  }

  private finishIfDone(task: Task): void {
    if (task.settled || task.queue.length > 0 || task.inFlight > 0) return;
    this.settle(task);
    const batches = [...task.batches].sort((a, b) => a.firstRun - b.firstRun);
    task.resolve(
      summariseRuns(batches, {
        seed: task.seed,
        targetWeeks: task.input.targetWeeks ?? DEFAULT_TARGET_WEEKS,
        runsRequested: task.runs,
      }),
    );
  }

  /** Fails a projection: the chunks it has in hand stop, and their results are dropped. */
  private fail(task: Task, error: Error): void {
    if (task.settled) return;
    Atomics.store(task.stop, 0, 1);
    task.queue.splice(0);
    this.settle(task);
    task.reject(error);
  }

  private settle(task: Task): void {
    task.settled = true;
    task.release();
    const at = this.tasks.indexOf(task);
    if (at >= 0) this.tasks.splice(at, 1);
  }
}

/** '.ts' when running from source, '.js' when built. */
function extensionOf(url: string): '.ts' | '.js' {
  return new URL(url).pathname.endsWith('.ts') ? '.ts' : '.js';
}
