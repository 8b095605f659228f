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
    for (const bad of ['', '123', '07700', '07700 90012', '+1 202 555 0143', 'call me'])
      expect(parseUkPhone(bad), bad).toBeUndefined();
  });
  it("accepts Ofcom's drama range 07700 900000–900999 as mobiles (the demo's synthetic people)", () => {
    for (const [input, e164] of [
      ['07700 900000', '+447700900000'],
      ['07700900123', '+447700900123'],
      ['+44 7700 900999', '+447700900999'],
    ] as const)
      expect(parseUkPhone(input), input).toEqual({
        e164,
        national: `0${e164.slice(3, 7)} ${e164.slice(7)}`,
        mobile: true,
      });
    // Just outside the range stays what libphonenumber says it is: not a number in use.
    expect(parseUkPhone('07700 901000')).toBeUndefined();
  });
});
