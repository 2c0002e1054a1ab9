import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, generateApiTypes } from './api-types';

describe('src/web/api/openapi.gen.ts', () => {
  it('matches the server’s OpenAPI document (run `npm run api:types` when this fails)', async () => {
    const committed = fs.readFileSync(API_TYPES_FILE, 'utf8');
    const fresh = await generateApiTypes();
    // Compare line counts first: a failure then names the size of the drift instead of a 10,000-line diff.
    expect(fresh.split('\n').length, 'line count of a fresh generation').toBe(committed.split('\n').length);
    expect(fresh === committed, 'openapi.gen.ts is out of date: run `npm run api:types` and commit it').toBe(true);
  }, 60_000);
});
