/**
 * Background service: panel. Placeholder; its issue fills it in.
 * `register` runs at every service-worker start and must keep no state in
 * memory that matters after the worker stops (MV3 workers are short-lived).
 */
export function register(): void {}
