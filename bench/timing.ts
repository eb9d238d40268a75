/**
 * Timing helpers of `npm run bench`: medians of repeated passes, paired passes for ratios, rates.
 */
/** Median of a list (sorted in place). */
export function median(xs: number[]): number {
  xs.sort((x, y) => x - y);
  return xs[Math.floor(xs.length / 2)] ?? 0;
}

/**
 * Times two passes alternately, `runs` times each after one warm-up of both: medians of each, and
 * the median of the per-run ratios a/b. Pairing keeps a load change on a shared machine from
 * landing on one side of the ratio only.
 */
export function timePaired(
  runs: number,
  a: () => void,
  b: () => void,
): { readonly a: number; readonly b: number; readonly ratio: number } {
  a();
  b();
  const ta: number[] = [];
  const tb: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    a();
    const t1 = performance.now();
    b();
    const t2 = performance.now();
    ta.push((t1 - t0) / 1000);
    tb.push((t2 - t1) / 1000);
    ratios.push((t1 - t0) / (t2 - t1 || Number.EPSILON));
  }
  return { a: median(ta), b: median(tb), ratio: median(ratios) };
}

/** Median seconds of `runs` timed passes of `pass`, after one warm-up pass. */
export function timeMedian(runs: number, pass: () => void): number {
  pass();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    pass();
    times.push((performance.now() - t0) / 1000);
  }
  return median(times);
}

/** Throughput of one timed thing on one corpus. */
export interface Rate {
  readonly seconds: number;
  readonly ms_per_article: number;
  readonly articles_per_s: number;
  readonly tokens_per_s: number;
}

/** Articles/s, tokens/s and ms per article of a timed pass. */
export function rate(seconds: number, articles: number, tokens: number): Rate {
  const s = seconds || Number.EPSILON;
  return {
    seconds: +seconds.toFixed(4),
    ms_per_article: +((1000 * seconds) / articles).toFixed(3),
    articles_per_s: +(articles / s).toFixed(1),
    tokens_per_s: Math.round(tokens / s),
  };
}
