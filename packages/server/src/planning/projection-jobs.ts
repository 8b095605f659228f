/**
 * The process's projections in progress and just finished (issue 13 item 6; ADR 0022): each is
 * started for one user, reports its progress and phase, can be cancelled by that user, and is
 * kept for an hour after it finishes (the last 50 at most). No one else's job is visible. At
 * most two run at once for a user. It holds figures about a service, never about a person, and
 * logs nothing.
 */
import { randomUUID } from 'node:crypto';
import type { Clock, PROJECTION_STATUSES } from '@everyday/core';
import { AppError } from '../http/app-error.js';

export type JobId = string;
export type JobStatus = (typeof PROJECTION_STATUSES)[number];
/** 'projection' while the runs go, 'search' while the workforce search tries capacities. */
export type JobPhase = 'projection' | 'search';

export interface JobOwner {
  readonly userId: string;
}

/** What a job's work is given: a signal that aborts when it is cancelled, and a progress report. */
export interface JobControl {
  /** The job's id, as start returns it (a result kept elsewhere can be kept under it). */
  readonly id: JobId;
  readonly signal: AbortSignal;
  /** Progress over the whole job, 0–1 (held to that range), and the phase it is in. */
  readonly progress: (fraction: number, phase: JobPhase) => void;
}

/** A job as it stands (a copy: later changes do not show in it). */
export interface ProjectionJob<T, M = undefined> {
  readonly id: JobId;
  /** What the starter said about the job (what is being projected), as given. */
  readonly meta: M | undefined;
  readonly status: JobStatus;
  readonly phase: JobPhase;
  readonly progress: number;
  readonly startedAt: Date;
  /** When it finished, failed or was cancelled. */
  readonly finishedAt: Date | null;
  /**
   * What the work gave: for a cancelled job, what it gave once it had stopped (a projection of
   * the runs done, say), if anything.
   */
  readonly result: T | null;
  /** Why it failed. */
  readonly error: string | null;
}

export interface ProjectionJobLimits {
  /** How long a finished job is kept (one hour). */
  readonly keepFinishedMs: number;
  /** Finished jobs kept at most, the latest (50). */
  readonly keepFinished: number;
  /** Jobs one user may have running at once (2). */
  readonly runningPerUser: number;
}

export const DEFAULT_JOB_LIMITS: ProjectionJobLimits = {
  keepFinishedMs: 60 * 60 * 1000,
  keepFinished: 50,
  runningPerUser: 2,
};

/** A user asked for another projection with as many running as they may have. */
export class TooManyProjections extends AppError {
  constructor(readonly running: number) {
    super(
      'rate_limited',
      `You already have ${String(running)} projections running. Wait for one to finish, or cancel one, then try again.`,
    );
    this.name = 'TooManyProjections';
  }
}

interface Entry<T, M> {
  readonly owner: string;
  readonly controller: AbortController;
  job: ProjectionJob<T, M>;
}

/** The registry of the process's projection jobs, generic over what a job gives. */
export class ProjectionJobs<T, M = undefined> {
  private readonly jobs = new Map<JobId, Entry<T, M>>();

  constructor(
    private readonly clock: Clock,
    private readonly limits: ProjectionJobLimits = DEFAULT_JOB_LIMITS,
  ) {}

  /**
   * Starts `work` for `owner` and returns the job's id at once; throws TooManyProjections when
   * the owner already has as many running as they may.
   */
  start(owner: JobOwner, work: (control: JobControl) => Promise<T>, meta?: M): JobId {
    this.evict();
    const running = [...this.jobs.values()].filter(
      (e) => e.owner === owner.userId && e.job.status === 'running',
    ).length;
    if (running >= this.limits.runningPerUser) throw new TooManyProjections(running);
    const id = randomUUID();
    const controller = new AbortController();
    const entry: Entry<T, M> = {
      owner: owner.userId,
      controller,
      job: {
        id,
        meta,
        status: 'running',
        phase: 'projection',
        progress: 0,
        startedAt: this.clock.now(),
        finishedAt: null,
        result: null,
        error: null,
      },
    };
    this.jobs.set(id, entry);
    const control: JobControl = {
      id,
      signal: controller.signal,
      progress: (fraction, phase) => {
        if (entry.job.status !== 'running') return;
        const progress = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
        entry.job = { ...entry.job, progress, phase };
      },
    };
    void new Promise<T>((resolve) => {
      resolve(work(control));
    }).then(
      (result) => {
        this.settle(entry, (job) =>
          job.status === 'running'
            ? { ...job, status: 'done', progress: 1, finishedAt: this.clock.now(), result }
            : { ...job, result },
        );
      },
      (error: unknown) => {
        this.settle(entry, (job) =>
          job.status === 'running'
            ? {
                ...job,
                status: 'failed',
                finishedAt: this.clock.now(),
                error: error instanceof Error ? error.message : String(error),
              }
            : job,
        );
      },
    );
    return id;
  }

  /** The job, if it is `owner`'s and still kept. */
  get(id: JobId, owner: JobOwner): ProjectionJob<T, M> | undefined {
    this.evict();
    return this.entryOf(id, owner)?.job;
  }

  /**
   * Cancels the job (its signal aborts; it counts as finished at once) and returns it, or
   * undefined when it is not `owner`'s. A finished job is left as it is.
   */
  cancel(id: JobId, owner: JobOwner): ProjectionJob<T, M> | undefined {
    const entry = this.entryOf(id, owner);
    if (entry === undefined) return undefined;
    if (entry.job.status === 'running') {
      entry.job = { ...entry.job, status: 'cancelled', finishedAt: this.clock.now() };
      entry.controller.abort();
    }
    return entry.job;
  }

  private entryOf(id: JobId, owner: JobOwner): Entry<T, M> | undefined {
    const entry = this.jobs.get(id);
    return entry?.owner === owner.userId ? entry : undefined;
  }

  /** Records how the work ended, unless the job has been evicted meanwhile. */
  private settle(
    entry: Entry<T, M>,
    next: (job: ProjectionJob<T, M>) => ProjectionJob<T, M>,
  ): void {
    if (this.jobs.get(entry.job.id) !== entry) return;
    entry.job = next(entry.job);
    this.evict();
  }

  /** Drops finished jobs older than the keeping time, then all but the latest few. */
  private evict(): void {
    const now = this.clock.now().getTime();
    const finished: Entry<T, M>[] = [];
    for (const [id, entry] of this.jobs) {
      const at = entry.job.finishedAt;
      if (at === null) continue;
      if (now - at.getTime() >= this.limits.keepFinishedMs) this.jobs.delete(id);
      else finished.push(entry);
    }
    finished
      .sort((a, b) => (b.job.finishedAt?.getTime() ?? 0) - (a.job.finishedAt?.getTime() ?? 0))
      .slice(this.limits.keepFinished)
      .forEach((entry) => this.jobs.delete(entry.job.id));
  }
}
