/** Regenerates the committed demo county (npm run demo): fixtures/demo/台账. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDemoCounty } from '../fixtures/build/demo.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..', 'fixtures', 'demo', '台账');
await buildDemoCounty(root);
process.stdout.write(`wrote ${path.relative(process.cwd(), root)}\n`);
