import type { DocIssue } from "../core/types.js";

/** Writes per-document problems, a live progress line on a terminal, and the run summary to stderr. */
export class RunReporter {
  private articles = 0;
  private events = 0;
  private errors = 0;
  private warnings = 0;
  private failedDocs = 0;
  private lastDraw = 0;
  private readonly started = Date.now();
  private readonly live: boolean;

  constructor(
    private readonly err: NodeJS.WritableStream & { isTTY?: boolean },
    private readonly verbose: boolean,
  ) {
    this.live = verbose && err.isTTY === true;
  }

  /** Prints one problem as `file[:line]: severity code: message`. */
  issue(i: DocIssue): void {
    if (i.severity === "error") this.errors++;
    else this.warnings++;
    if (i.severity === "error" && !i.articleId) this.failedDocs++;
    const where = `${i.origin.file}${i.origin.line === undefined ? "" : `:${i.origin.line}`}`;
    const id = i.articleId ? ` [${i.articleId}]` : "";
    this.clearLine();
    this.err.write(`dyad: ${where}${id}: ${i.severity} ${i.code}: ${i.message}\n`);
  }

  /** Counts one article as coded (or failed) and refreshes the progress line. */
  coded(events: number, failed: boolean): void {
    this.articles++;
    this.events += events;
    if (failed) this.failedDocs++;
    const now = Date.now();
    if (this.live && now - this.lastDraw > 200) {
      this.lastDraw = now;
      this.err.write(`\r${this.line()}`);
    }
  }

  /** True when some document could not be coded. */
  failed(): boolean {
    return this.failedDocs > 0;
  }

  /** Prints the summary line. */
  finish(): void {
    this.clearLine();
    if (this.verbose) this.err.write(`dyad code: ${this.line()}\n`);
  }

  private line(): string {
    const s = (Date.now() - this.started) / 1000;
    const rate = s > 0 ? (this.articles / s).toFixed(1) : "-";
    return `${this.articles} articles coded, ${this.events} events, ${this.failedDocs} documents failed, ${this.errors} errors, ${this.warnings} warnings (${s.toFixed(1)} s, ${rate} articles/s)`;
  }

  private clearLine(): void {
    if (this.live) this.err.write("\r\x1b[K");
  }
}
