/**
 * sharp, loaded on first use. Loading it (libvips and its JavaScript) took about a third of every
 * run's start-up, and a folder of camera JPEGs never needs it: their facts come from our own
 * header walk, their hashes from DC coefficients. A PNG, HEIC, a damaged JPEG or a thumbnail to
 * look at closely loads it.
 */
import type { default as SharpFn } from 'sharp';

let loading: Promise<typeof SharpFn> | null = null;

export function loadSharp(): Promise<typeof SharpFn> {
  loading ??= import('sharp').then((m) => m.default);
  return loading;
}
