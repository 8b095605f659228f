// Checks made in the browser before sending a form. The server checks again; these only save a
// round trip, and report problems with the same codes the server uses.
import type { FieldError } from './api-types.js';

export const passwordMinLength = 12;

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function problem(path: string, code: string): FieldError {
  return { path, code, message: code };
}

export function checkRequired(path: string, value: string): FieldError[] {
  return value.trim() === '' ? [problem(path, 'required')] : [];
}

export function checkEmail(path: string, value: string): FieldError[] {
  if (value.trim() === '') return [problem(path, 'required')];
  return emailPattern.test(value.trim()) ? [] : [problem(path, 'invalid_email')];
}

export function checkNewPassword(path: string, value: string): FieldError[] {
  if (value === '') return [problem(path, 'required')];
  return value.length < passwordMinLength ? [problem(path, 'too_short')] : [];
}

export function validateSignIn(form: { email: string; password: string }): FieldError[] {
  return [...checkEmail('email', form.email), ...checkRequired('password', form.password)];
}
