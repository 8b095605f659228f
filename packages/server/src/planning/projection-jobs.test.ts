/**
 * The projection job registry: a job runs, reports progress and finishes with its result; only
 * its owner sees or cancels it; a cancel aborts its signal and keeps what the work gave after
 * stopping; failures are recorded; finished jobs go after an hour or beyond the latest 50; a
 * user may have two running at once.
 */
import { describe, expect, it } from 'vitest';
import { clockFrom, type Clock } from '@everyday/core';
import {
  ProjectionJobs,
  TooManyProjections,
  type JobControl,
  type ProjectionJob,
} from './projection-jobs.js';

const START = Date.parse('2026-12-08T09:00:00Z');

/** A clock the test moves on by hand. */
function makeClock(): { clock: Clock; advance: (ms: number) => void } {
  let now = START;
  return {
    clock: clockFrom(() => new Date(now)),
    advance: (ms) => {
      now += ms;
    },
  };
}

/** Work the test finishes by hand, with the control it was given. */
function makeWork<T>(): {
  work: (control: JobControl) => Promise<T>;
  control: () => JobControl;
  finish: (value: T) => void;
  fail: (error: Error) => void;
} {
  let given: JobControl | undefined;
  let finish: (value: T) => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const work = (control: JobControl): Promise<T> => {
    given = control;
    return new Promise<T>((resolve, reject) => {
      finish = resolve;
      fail = reject;
    });
  };
  return {
    work,
    control: () => {
      if (given === undefined) throw new Error('the work has not started');
      return given;
    },
    finish: (value) => {
      finish(value);
    },
    fail: (error) => {
      fail(error);
    },
  };
}

/** Lets the registry see how the work ended. */
const settled = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

const LEAD = { userId: 'lead-1' };
const OTHER = { userId: 'lead-2' };

function started<T>(jobs: ProjectionJobs<T>, id: string): ProjectionJob<T> {
  const job = jobs.get(id, LEAD);
  if (job === undefined) throw new Error('no such job');
  return job;
}

describe('ProjectionJobs', () => {
  it('runs a job: running with progress and phase, then done with its result, timed by the clock', async () => {
    const { clock, advance } = makeClock();
    const jobs = new ProjectionJobs<string>(clock);
    const w = makeWork<string>();
    const id = jobs.start(LEAD, w.work);
    expect(started(jobs, id)).toEqual({
      id,
      status: 'running',
      phase: 'projection',
      progress: 0,
      startedAt: new Date(START),
      finishedAt: null,
      result: null,
      error: null,
    });
    w.control().progress(0.4, 'projection');
    expect(started(jobs, id)).toMatchObject({ progress: 0.4, phase: 'projection' });
    w.control().progress(1.7, 'search');
    expect(started(jobs, id)).toMatchObject({ progress: 1, phase: 'search' });
    w.control().progress(-1, 'search');
    expect(started(jobs, id).progress).toBe(0);
    advance(5_000);
    w.finish('figures');
    await settled();
    expect(started(jobs, id)).toMatchObject({
      status: 'done',
      progress: 1,
      result: 'figures',
      finishedAt: new Date(START + 5_000),
      error: null,
    });
  });

  it('shows and cancels a job only for its owner', () => {
    const jobs = new ProjectionJobs<string>(makeClock().clock);
    const w = makeWork<string>();
    const id = jobs.start(LEAD, w.work);
    expect(jobs.get(id, OTHER)).toBeUndefined();
    expect(jobs.cancel(id, OTHER)).toBeUndefined();
    expect(w.control().signal.aborted).toBe(false);
    expect(started(jobs, id).status).toBe('running');
    expect(jobs.get('no-such-job', LEAD)).toBeUndefined();
  });

  it('cancels: the signal aborts, the job is cancelled at once and keeps what the work gave after stopping', async () => {
    const { clock, advance } = makeClock();
    const jobs = new ProjectionJobs<string>(clock);
    const w = makeWork<string>();
    const id = jobs.start(LEAD, w.work);
    advance(1_000);
    expect(jobs.cancel(id, LEAD)).toMatchObject({
      status: 'cancelled',
      finishedAt: new Date(START + 1_000),
    });
    expect(w.control().signal.aborted).toBe(true);
    w.control().progress(0.9, 'projection');
    advance(1_000);
    w.finish('runs done so far');
    await settled();
    expect(started(jobs, id)).toMatchObject({
      status: 'cancelled',
      progress: 0,
      finishedAt: new Date(START + 1_000),
      result: 'runs done so far',
      error: null,
    });
    // Cancelling again, or a finished job, changes nothing.
    expect(jobs.cancel(id, LEAD)).toEqual(started(jobs, id));
  });

  it('records a failure with its message, whether the work rejects or throws at once', async () => {
    const jobs = new ProjectionJobs<string>(makeClock().clock);
    const w = makeWork<string>();
    const rejected = jobs.start(LEAD, w.work);
    w.fail(new Error('pools.0.slotsPerDay: Slots are needed'));
    const thrown = jobs.start(LEAD, () => {
      throw new Error('no rota');
    });
    await settled();
    expect(started(jobs, rejected)).toMatchObject({
      status: 'failed',
      error: 'pools.0.slotsPerDay: Slots are needed',
      result: null,
    });
    expect(started(jobs, thrown)).toMatchObject({ status: 'failed', error: 'no rota' });
  });

  it('lets a user have two running at once, a third refused until one finishes; others unaffected', async () => {
    const jobs = new ProjectionJobs<string>(makeClock().clock);
    const first = makeWork<string>();
    jobs.start(LEAD, first.work);
    const second = jobs.start(LEAD, makeWork<string>().work);
    expect(() => jobs.start(LEAD, makeWork<string>().work)).toThrow(TooManyProjections);
    expect(() => jobs.start(LEAD, makeWork<string>().work)).toThrow(
      'You already have 2 projections running',
    );
    expect(jobs.start(OTHER, makeWork<string>().work)).toEqual(expect.any(String));
    first.finish('done');
    await settled();
    expect(jobs.start(LEAD, makeWork<string>().work)).toEqual(expect.any(String));
    jobs.cancel(second, LEAD);
    expect(jobs.start(LEAD, makeWork<string>().work)).toEqual(expect.any(String));
    try {
      jobs.start(LEAD, makeWork<string>().work);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'rate_limited', status: 429, running: 2 });
    }
  });

  it('keeps finished jobs for an hour, running ones however long they take', async () => {
    const { clock, advance } = makeClock();
    const jobs = new ProjectionJobs<string>(clock);
    const done = makeWork<string>();
    const finished = jobs.start(LEAD, done.work);
    const running = jobs.start(LEAD, makeWork<string>().work);
    done.finish('figures');
    await settled();
    advance(60 * 60 * 1000 - 1);
    expect(jobs.get(finished, LEAD)?.status).toBe('done');
    advance(1);
    expect(jobs.get(finished, LEAD)).toBeUndefined();
    advance(24 * 60 * 60 * 1000);
    expect(jobs.get(running, LEAD)?.status).toBe('running');
  });

  it('keeps the latest 50 finished jobs', async () => {
    const { clock, advance } = makeClock();
    const jobs = new ProjectionJobs<number>(clock);
    const ids: string[] = [];
    for (let i = 0; i < 51; i++) {
      ids.push(jobs.start({ userId: `lead-${String(i)}` }, () => Promise.resolve(i)));
      await settled();
      advance(1_000);
    }
    expect(jobs.get(ids[0] ?? '', { userId: 'lead-0' })).toBeUndefined();
    expect(jobs.get(ids[1] ?? '', { userId: 'lead-1' })?.result).toBe(1);
    expect(jobs.get(ids[50] ?? '', { userId: 'lead-50' })?.result).toBe(50);
  });
});
