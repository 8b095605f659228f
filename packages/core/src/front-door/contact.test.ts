import { describe, expect, it } from 'vitest';
import { normalisePostcode, parseUkPhone } from './contact.js';

describe('normalisePostcode', () => {
  it('accepts UK postcodes in any case and spacing and writes them one way', () => {
    expect(normalisePostcode(' la94je ')).toBe('LA9 4JE');
    expect(normalisePostcode('CF10 1EP')).toBe('CF10 1EP');
    expect(normalisePostcode('sw1a1aa')).toBe('SW1A 1AA');
  });
  it('refuses what is not a postcode', () => {
    for (const bad of ['', 'LA9', '12345', 'LA9 4JEE', 'hello'])
      expect(normalisePostcode(bad), bad).toBeUndefined();
  });
});

describe('parseUkPhone', () => {
  it('accepts UK mobiles and landlines, telling them apart', () => {
    expect(parseUkPhone('07912 345678')).toEqual({
      e164: '+447912345678',
      national: '07912 345678',
      mobile: true,
    });
    expect(parseUkPhone('+44 29 2018 0123')?.mobile).toBe(false);
    expect(parseUkPhone('01539 720000')?.e164).toBe('+441539720000');
  });
  it('refuses numbers that are not UK phone numbers', () => {
    // 07700 900xxx is Ofcom's range for drama: never a real line, so refused.
    for (const bad of ['', '123', '07700', '07700 900123', '+1 202 555 0143', 'call me'])
      expect(parseUkPhone(bad), bad).toBeUndefined();
  });
});
