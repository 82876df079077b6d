/**
 * The idle-core gate of a further PDF worker thread (src/extract/pdf-spare-cores.ts), with a
 * sampler the test drives: no clock, no load.
 */
import { describe, expect, it } from 'vitest';
import { IDLE_WINDOW_MS, IdleMeter, SPARE_CORES_FOR_THREAD, sampleIdle, spareCoreFor, type IdleSample } from '../../src/extract/pdf-spare-cores.js';

/** A meter over samples the test hands out one by one. */
function meterOver(samples: (IdleSample | null)[]) {
  let i = 0;
  return new IdleMeter(() => samples[Math.min(i++, samples.length - 1)]!);
}

describe('IdleMeter', () => {
  it('waits for a first window of IDLE_WINDOW_MS, then gives the idle cores over it', () => {
    const m = meterOver([
      { at: 0, idleMs: 0 },
      { at: IDLE_WINDOW_MS - 1, idleMs: 40 }, // just inside the first window: nothing measured yet
      { at: IDLE_WINDOW_MS, idleMs: 75 }, // on it: 75 idle ms over 50 ms = 1.5 cores
      { at: IDLE_WINDOW_MS + 10, idleMs: 75 }, // a shorter window since: the last reading stands
      { at: 2 * IDLE_WINDOW_MS, idleMs: 75 }, // a full window with no idle time: 0 cores
    ]);
    expect(m.read()).toEqual({ wait: 1 });
    expect(m.read()).toEqual({ cores: 1.5 });
    expect(m.read()).toEqual({ cores: 1.5 });
    expect(m.read()).toEqual({ cores: 0 });
  });

  it("is 'unknown' where the platform reports no cores", () => {
    expect(meterOver([null]).read()).toBe('unknown');
    expect(meterOver([{ at: 0, idleMs: 0 }, null]).read()).toBe('unknown');
  });

  it('never reads negative idle time (counters that went back)', () => {
    const m = meterOver([{ at: 0, idleMs: 500 }, { at: IDLE_WINDOW_MS, idleMs: 100 }]);
    expect(m.read()).toEqual({ cores: 0 });
  });

  it('samples this machine', () => {
    const s = sampleIdle();
    if (s) expect(s.idleMs).toBeGreaterThanOrEqual(0);
  });
});

describe('spareCoreFor', () => {
  it('allows a further thread from SPARE_CORES_FOR_THREAD idle cores on, not just below', () => {
    expect(spareCoreFor({ cores: SPARE_CORES_FOR_THREAD })).toBe(true);
    expect(spareCoreFor({ cores: SPARE_CORES_FOR_THREAD + 0.01 })).toBe(true);
    expect(spareCoreFor({ cores: SPARE_CORES_FOR_THREAD - 0.01 })).toBe(false);
    expect(spareCoreFor({ cores: 0 })).toBe(false);
  });

  it("waits while the first window runs, and allows it where idle time is not reported", () => {
    expect(spareCoreFor({ wait: 20 })).toBe('wait');
    expect(spareCoreFor('unknown')).toBe(true);
  });
});
