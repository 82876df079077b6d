/**
 * zod, through its CommonJS build. The ES-module build is about 95 files that Node resolves and
 * links one by one (some 70 ms of every run's start-up); the CommonJS build loads in a fraction
 * of that. Every module here takes zod from this file, so schemas, locales and toJSONSchema
 * all come from the one instance.
 */
import { createRequire } from 'node:module';
import type * as Zod from 'zod';

export const z = (createRequire(import.meta.url)('zod') as typeof Zod).z;
/** Types from zod's namespace (`z` above is a value and cannot name them). */
export type { z as Z } from 'zod';
