/*
 * Imported first by main.tsx, before zod can load: zod probes `new Function` when its first
 * object schema is built, which a strict Content-Security-Policy (no 'unsafe-eval') blocks and
 * reports as a violation. Without eval zod validates the same, only without its JIT.
 *
 * Set through zod's global (read by `zod/v4/core` when it loads) rather than `config()`, so that
 * the first screens do not load zod at all: it comes with the forms that use it.
 */
const zodGlobal = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
zodGlobal.__zod_globalConfig = { ...zodGlobal.__zod_globalConfig, jitless: true };

export {};
