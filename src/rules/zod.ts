/**
 * zod, through its CommonJS build. The ES-module build is about 95 files that Node resolves and
 * links one by one (some 70 ms of every run's start-up); the CommonJS build loads in a fraction
 * of that. Every module here takes zod from this file or from zod-lazy.ts (the same instance), so
 * schemas, locales and toJSONSchema all come from the one instance. Importing this module loads
 * zod: modules every run needs (the material kinds) use zod-lazy.ts instead.
 */
import type * as Zod from 'zod';
import { zod } from './zod-lazy.js';

export const z: typeof Zod.z = zod();
/** Types from zod's namespace (`z` above is a value and cannot name them). */
export type { z as Z } from 'zod';
