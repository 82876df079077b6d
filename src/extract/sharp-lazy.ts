/**
 * sharp, loaded on first use. Loading it (libvips and its JavaScript) took about a third of every
 * run's start-up, and a folder of camera JPEGs never needs it: their facts come from our own
 * header walk, their hashes from DC coefficients. A PNG, HEIC, a damaged JPEG or a thumbnail to
 * look at closely loads it.
 */
import type { default as SharpFn } from 'sharp';

let loading: Promise<typeof SharpFn> | null = null;

export function loadSharp(): Promise<typeof SharpFn> {
  loading ??= import('sharp').then((m) => {
    // libvips' operation cache keeps each decoder alive after its image is done, and counts only
    // its own allocations, not libjpeg's: a progressive JPEG's coefficients (2 bytes a sample, the
    // whole frame) stayed in memory after each photo. No photo is decoded twice the same way.
    m.default.cache(false);
    return m.default;
  });
  return loading;
}
