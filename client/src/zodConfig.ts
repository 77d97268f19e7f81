import { config } from 'zod';

/*
 * Imported first by main.tsx, before anything from @kring/shared: zod probes `new Function` when
 * its first object schema is built, which a strict Content-Security-Policy (no 'unsafe-eval')
 * blocks and reports as a violation. Without eval zod validates the same, only without its JIT.
 */
config({ jitless: true });
