import type { DemoStep } from '../module.js';

/** Demo claims for ST-0001 and ST-0002 (filled in below). */
export const claimsDemo: DemoStep = async () => {};
