/**
 * How many failed sign-ins are allowed before a pause. Counted per account and per client
 * address in fixed windows; the counters live in the database so every server process agrees.
 */
export interface ThrottlePolicy {
  readonly windowSeconds: number;
  readonly maxFailuresPerAccount: number;
  readonly maxFailuresPerAddress: number;
}

export const DEFAULT_SIGN_IN_THROTTLE: ThrottlePolicy = {
  windowSeconds: 15 * 60,
  maxFailuresPerAccount: 5,
  maxFailuresPerAddress: 50,
};

export interface FailureCounts {
  readonly account: number;
  readonly address: number;
  /** Seconds until the current window ends. */
  readonly secondsLeftInWindow: number;
}

export type ThrottleDecision =
  { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

export function decideSignInThrottle(
  counts: FailureCounts,
  policy: ThrottlePolicy = DEFAULT_SIGN_IN_THROTTLE,
): ThrottleDecision {
  if (
    counts.account >= policy.maxFailuresPerAccount ||
    counts.address >= policy.maxFailuresPerAddress
  ) {
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil(counts.secondsLeftInWindow)),
    };
  }
  return { allowed: true };
}

/** Start of the fixed window containing `now`, as epoch seconds. */
export function windowStart(nowEpochSeconds: number, windowSeconds: number): number {
  return nowEpochSeconds - (nowEpochSeconds % windowSeconds);
}
