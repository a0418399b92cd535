/**
 * Goal consensus, lifecycle and plan state.
 *
 * Everything here is pure except `planHash` and `planState`, which use node:crypto: this
 * index is for server code. Client components import the pure files directly
 * (e.g. '@/lib/domain/consensus/lifecycle') so node:crypto never reaches the browser bundle.
 */
export * from './types';
export * from './agreement';
export * from './lifecycle';
export * from './plan-goals';
export * from './plan-serialisation';
export * from './plan-hash';
export * from './plan-state';
export * from './review';
export * from './signing-round';
