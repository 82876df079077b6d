/**
 * zod loaded on first use. The material kinds (src/kinds/) are needed by every run for their
 * checks, but their rule-file schemas only when a rule file is read: built through `lazySchemas`,
 * a run with the built-in rules (resolved at build time) never loads zod (about 20 ms and 1 MB of
 * code at each start). src/rules/zod.ts takes the same instance.
 */
import { createRequire } from 'node:module';
import type * as Zod from 'zod';

type ZodNamespace = typeof Zod.z;
let loaded: ZodNamespace | null = null;

/** zod's namespace (`z`), through its CommonJS build (src/rules/zod.ts says why). */
export function zod(): ZodNamespace {
  return (loaded ??= (createRequire(import.meta.url)('zod') as typeof Zod).z);
}

/** Schemas made on first call (and zod loaded then), the same objects afterwards. */
export function lazySchemas<T>(make: (z: ZodNamespace) => T): () => T {
  let made: T | undefined;
  return () => (made ??= make(zod()));
}
