// The one vocabulary of Assay. domain/ imports nothing; every room imports its names from here.
export * from './severity.js';
export * from './finding.js';
export * from './asvs.js';
export * from './report.js';
export * from './labels.js';
export * from './facts.js';
export * from './dependency.js';
export * from './plural.js';
export * from './text.js';
export * from './cwe-names.js';
export * from './status-colours.js';
export * from './endpoint.js';
export * from './endpoint-evidence.js';
