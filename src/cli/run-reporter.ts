import { MultiBar, type SingleBar } from "cli-progress";
import type { DocIssue } from "../core/types.js";

/** Options of a run reporter. */
export interface ReporterOptions {
  /** Command named in the summary line (`dyad <command>: ...`); default "code". */
  readonly command?: string;
  /** Number of articles the run will see, when known: the progress bar then shows % and ETA. */
  readonly total?: number;
}

/** Counters of a run so far. */
export interface RunCounts {
  readonly articles: number;
  readonly events: number;
  readonly failedDocs: number;
  readonly errors: number;
  readonly warnings: number;
  readonly seconds: number;
}

const KNOWN_TOTAL =
  "{bar} {percentage}% | {value}/{total} articles | {speed} articles/s | {errors} errors | ETA {eta_formatted}";
const UNKNOWN_TOTAL =
  "{value} articles | {speed} articles/s | {errors} errors | {duration_formatted}";

/**
 * Writes per-document problems, a live progress bar on a terminal (articles/s, errors so far and,
 * when the total is known, ETA), and the run summary to stderr.
 */
export class RunReporter {
  private articles = 0;
  private events = 0;
  private errors = 0;
  private warnings = 0;
  private failedDocs = 0;
  private readonly started = Date.now();
  private readonly command: string;
  private readonly bars: MultiBar | undefined;
  private readonly bar: SingleBar | undefined;

  constructor(
    private readonly err: NodeJS.WritableStream & { isTTY?: boolean },
    private readonly verbose: boolean,
    opts: ReporterOptions = {},
  ) {
    this.command = opts.command ?? "code";
    if (!verbose || err.isTTY !== true) return;
    const known = opts.total !== undefined && opts.total > 0;
    this.bars = new MultiBar({
      stream: err,
      format: known ? KNOWN_TOTAL : UNKNOWN_TOTAL,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 200,
      fps: 5,
    });
    this.bar = this.bars.create(known ? (opts.total ?? 0) : 0, 0, { speed: "-", errors: 0 });
  }

  /** Prints one problem as `file[:line]: severity code: message`. */
  issue(i: DocIssue): void {
    if (i.severity === "error") this.errors++;
    else this.warnings++;
    if (i.severity === "error" && !i.articleId) this.failedDocs++;
    const where = `${i.origin.file}${i.origin.line === undefined ? "" : `:${i.origin.line}`}`;
    const id = i.articleId ? ` [${i.articleId}]` : "";
    const line = `dyad: ${where}${id}: ${i.severity} ${i.code}: ${i.message}\n`;
    // Above the bar on a terminal, so the bar is redrawn below the message instead of over it.
    if (this.bars) {
      this.bars.log(line);
      this.bar?.update(this.articles, { speed: this.rate(), errors: this.errors });
    } else this.err.write(line);
  }

  /** Counts one article as coded (or failed) and refreshes the progress bar. */
  coded(events: number, failed: boolean): void {
    this.articles++;
    this.events += events;
    if (failed) this.failedDocs++;
    this.bar?.update(this.articles, { speed: this.rate(), errors: this.errors });
  }

  /** True when some document could not be coded. */
  failed(): boolean {
    return this.failedDocs > 0;
  }

  /** The counters so far. */
  counts(): RunCounts {
    const { articles, events, failedDocs, errors, warnings } = this;
    return {
      articles,
      events,
      failedDocs,
      errors,
      warnings,
      seconds: (Date.now() - this.started) / 1000,
    };
  }

  /** Removes the bar and prints the summary line: `summary` when given, else the coding counts. */
  finish(summary?: string): void {
    // A last redraw flushes messages logged since the previous frame; stop() alone drops them.
    this.bars?.update();
    this.bars?.stop();
    if (this.verbose) this.err.write(`dyad ${this.command}: ${summary ?? this.line()}\n`);
  }

  /** `(1.2 s, 40.0 articles/s)`: the timing part of summary lines. */
  timing(): string {
    return `(${((Date.now() - this.started) / 1000).toFixed(1)} s, ${this.rate()} articles/s)`;
  }

  private rate(): string {
    const s = (Date.now() - this.started) / 1000;
    return s > 0 ? (this.articles / s).toFixed(1) : "-";
  }

  private line(): string {
    return `${this.articles} articles coded, ${this.events} events, ${this.failedDocs} documents failed, ${this.errors} errors, ${this.warnings} warnings ${this.timing()}`;
  }
}
