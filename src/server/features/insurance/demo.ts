import type { DemoStep } from '../module.js';
/** Demo data: written below. */
export const insuranceDemo: DemoStep = async () => {};
