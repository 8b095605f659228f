import { describe, expect, it } from 'vitest';
import { contactRouteFor, routeFromContact } from './contact-route.js';

const answers = {
  contact: { email: 'old@example.com', phone: '07912 345678', preferred: 'email' },
  preferredLanguage: 'cy',
};

describe('how a message reaches a person', () => {
  it('prefers the person’s record to what the request said', () => {
    const person = {
      phone: '07912 000111',
      email: null,
      preferred_contact: 'text',
      preferred_language: 'en' as const,
    };
    expect(contactRouteFor(person, { answers })).toEqual({
      channel: 'sms',
      recipient: '07912 000111',
      language: 'en',
    });
  });

  it('falls back to the request’s answers when the record holds no phone or email', () => {
    const person = {
      phone: null,
      email: null,
      preferred_contact: null,
      preferred_language: 'en' as const,
    };
    expect(contactRouteFor(person, { answers })).toMatchObject({
      channel: 'email',
      recipient: 'old@example.com',
    });
    expect(contactRouteFor(undefined, { answers })).toEqual({
      channel: 'email',
      recipient: 'old@example.com',
      language: 'cy',
    });
  });

  it('texts only a UK mobile, and sends nothing when nothing given can carry a message', () => {
    expect(routeFromContact({ phone: '01539 123456', preferred: 'text' })).toBeUndefined();
    expect(
      routeFromContact({ phone: '01539 123456', email: 'a@b.example', preferred: 'text' }),
    ).toEqual({ channel: 'email', recipient: 'a@b.example' });
    expect(contactRouteFor(undefined, { answers: null })).toBeUndefined();
  });
});
