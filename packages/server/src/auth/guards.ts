/** Small guards used by routes: who is signed in, and may they be here. */
import type { FastifyRequest } from 'fastify';
import type { Role } from '@everyday/core';
import type { AccessContext } from '../access/patient-access.js';
import { AppError } from '../http/app-error.js';
import type { Actor } from './actor.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('unauthenticated', 'Sign in to continue');
  return request.actor;
}

export function requireRole(request: FastifyRequest, ...roles: Role[]): Actor {
  const actor = requireActor(request);
  if (!actor.roles.some((r) => roles.includes(r))) {
    throw new AppError('forbidden', 'You do not have permission to do this');
  }
  return actor;
}

export function accessContext(request: FastifyRequest, actor: Actor): AccessContext {
  return { principal: { kind: 'staff', actor }, ip: request.ip };
}
