import { describe, expect, it } from 'vitest';
import { pgErrorOf, uniqueFieldOf } from './errors.js';

describe('database errors', () => {
  it.each([
    ['users_username_uq', 'username'], // an expression index: lower(username)
    ['parts_point_no_uq', 'partNo'],
    ['employees_point_phone_uq', 'phone'],
    ['vehicles_point_vin_uq', 'vin'],
    ['service_points_code_uq', 'code'],
    ['no_such_index', undefined],
  ])('the unique index %s guards the field %s', (index, field) => expect(uniqueFieldOf(index)).toBe(field));

  it('finds the SQLSTATE in a driver error or its cause', () => {
    expect(pgErrorOf({ message: 'x', cause: { code: '23505', constraint: 'parts_point_no_uq' } })).toMatchObject({
      code: '23505',
      constraint: 'parts_point_no_uq',
    });
    expect(pgErrorOf(new Error('plain'))).toBeUndefined();
  });
});
