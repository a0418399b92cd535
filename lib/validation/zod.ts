import { z } from 'zod';

/**
 * Zod compiles object parsers with `new Function`, and probes once whether it may. Our
 * Content-Security-Policy has no 'unsafe-eval', so in the browser (forms validate as people
 * type) the caught probe is still reported as a `securitypolicyviolation` (ADR 13). Jitless
 * parsing needs no eval. Every schema module imports `z` from here, so the setting is in place
 * before any schema is built.
 */
z.config({ jitless: true });

export { z };
