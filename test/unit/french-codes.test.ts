import { describe, expect, it } from 'vitest';
import {
  isValidInseeCommuneCode,
  isValidSiren,
  normalizeInseeCode,
  normalizeSiren,
  parseCalendarDate,
} from '../../server/french-codes.ts';

describe('SIREN', () => {
  it.each([
    '253514491', // Mégalis Bretagne, per BANATIC
    '200000172', // an EPCI of the COG
    '213502388', // Rennes
    '356000000', // La Poste, the registered exception to the check digit
  ])('accepts %s', (siren) => expect(isValidSiren(siren)).toBe(true));

  it.each(['253514492', '20000017', '2000001720', '25351449A', '', '000000001'])(
    'refuses %j',
    (siren) => expect(isValidSiren(siren)).toBe(false),
  );

  it('drops the spaces people type', () => {
    expect(normalizeSiren('253 514 491')).toBe('253514491');
  });
});

describe('INSEE commune codes', () => {
  it.each(['24322', '2A004', '2B033', '97411', '01001', '97615'])('accepts %s', (code) =>
    expect(isValidInseeCommuneCode(code)).toBe(true),
  );
  it.each(['2C004', '00001', '96001', '97701', '9741', '244322', "24322' OR 1=1"])(
    'refuses %j',
    (code) => expect(isValidInseeCommuneCode(code)).toBe(false),
  );
  it('restores the leading zero a spreadsheet removed', () => {
    expect(normalizeInseeCode('1001')).toBe('01001');
    expect(normalizeInseeCode(' 2a004 ')).toBe('2A004');
  });
});

describe('dates', () => {
  it('reads the ISO and the French way', () => {
    expect(parseCalendarDate('2019-03-01')).toBe('2019-03-01');
    expect(parseCalendarDate('01/03/2019')).toBe('2019-03-01');
    expect(parseCalendarDate('2018-05-25T00:00:00Z')).toBe('2018-05-25');
    expect(parseCalendarDate('25/05/2018 10:00')).toBe('2018-05-25');
  });
  it.each(['2019-02-29', '31/04/2020', '2020-13-01', '1700-01-01', 'hier', '', '2020/01/01'])(
    'refuses %j',
    (text) => expect(parseCalendarDate(text)).toBeNull(),
  );
});
