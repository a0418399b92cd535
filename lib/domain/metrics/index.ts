/**
 * Dashboard metrics: one definition per metric (docs/design.md, "Dashboard metrics"), pure
 * functions over the plain facts in facts.ts. Safe to import anywhere (no node:crypto).
 */
export * from './facts';
export * from './figures';
export * from './goal-clarity';
export * from './consensus-rate';
export * from './set-from-the-start';
export * from './rated-regularly';
export * from './progress';
export * from './per-client';
export * from './monthly-trend';
export * from './pooled';
