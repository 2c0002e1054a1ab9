export * from './definitions.js';
export * from './periods.js';
