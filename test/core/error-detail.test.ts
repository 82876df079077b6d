/** A parser's runtime error on malformed bytes is recorded as a broken structure, not as its internals. */
import { describe, expect, it } from 'vitest';
import { errorDetail, isRuntimeError } from '../../src/extract/error-detail.js';

describe('errorDetail', () => {
  it('hides the internals of a parser that tripped over malformed bytes', () => {
    const d = errorDetail(new TypeError("Cannot read properties of undefined (reading 'left')"));
    expect(d).toBe('its internal structure is inconsistent (the parser could not follow it)');
    expect(errorDetail(new RangeError('Offset is outside the bounds of the DataView'))).toBe(d);
    expect(errorDetail(new Error('Maximum call stack size exceeded'))).toContain('inconsistent');
    expect(isRuntimeError(new TypeError('x'))).toBe(true);
  });

  it("keeps a parser's own error message, which names what is wrong with the file", () => {
    expect(errorDetail(new Error('invalid zip: end of central directory not found'))).toBe(
      'invalid zip: end of central directory not found',
    );
    const named = new Error('Invalid PDF structure.');
    named.name = 'InvalidPDFException';
    expect(errorDetail(named)).toBe('Invalid PDF structure.');
    expect(isRuntimeError(named)).toBe(false);
    expect(errorDetail('a thrown string')).toBe('a thrown string');
    // Running out of memory is not a broken structure: its own message stays.
    expect(errorDetail(new RangeError('Array buffer allocation failed'))).toBe('Array buffer allocation failed');
    expect(errorDetail(new Error(''))).toBe('Error');
  });
});
