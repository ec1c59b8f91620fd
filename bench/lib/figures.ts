// Figures the benchmarks share, in Node and inside Chromium alike (no imports): the middle of a
// set of timings, and rounding for the results files.

/** The middle value (the upper one of the two middles for an even count). */
export const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Rounded to hundredths, as the results files keep figures. */
export const round = (x: number): number => Math.round(x * 100) / 100;
