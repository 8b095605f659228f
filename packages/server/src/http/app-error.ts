/**
 * The one error type of the internal API: a code and a user-safe message, mapped to an HTTP
 * status in one table. Domain code never picks a status number.
 */
export const APP_ERROR_STATUS = {
  validation: 400,
  bad_request: 400,
  invalid_credentials: 401,
  unauthenticated: 401,
  forbidden: 403,
  csrf: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  too_many_attempts: 429,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type AppErrorCode = keyof typeof APP_ERROR_STATUS;

export interface FieldError {
  /** Dotted path of the field, e.g. `email` or `organisationIds.0`. */
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly extra: {
      readonly fields?: readonly FieldError[];
      readonly retryAfterSeconds?: number;
    } = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return APP_ERROR_STATUS[this.code];
  }
}

export interface ErrorBody {
  error: {
    code: AppErrorCode;
    message: string;
    fields?: FieldError[];
    retryAfterSeconds?: number;
  };
}

export function errorBody(error: AppError): ErrorBody {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error.extra.fields ? { fields: [...error.extra.fields] } : {}),
      ...(error.extra.retryAfterSeconds !== undefined
        ? { retryAfterSeconds: error.extra.retryAfterSeconds }
        : {}),
    },
  };
}
