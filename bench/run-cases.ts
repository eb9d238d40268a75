/**
 * Runs the coder over gold cases in-process, the way score.mjs feeds `dyad code`: one Article per
 * case with `{id, text, date?}`, collecting events per case id, timing the run and keeping a
 * progress line on stderr.
 */
import { UsageError } from "../src/core/errors.js";
import type { Article, CodeResult, EventRecord } from "../src/core/types.js";
import type { GoldCase } from "./scoring.js";

/** Codes one article (a prepared coder from `createCoder`, or `codeArticle`). */
export type CodeFn = (article: Article) => CodeResult;

/** What a run produced: events per case, time, and the problems met on the way. */
export interface CaseRun {
  readonly preds: Map<string, EventRecord[]>;
  readonly seconds: number;
  /** Cases whose coding threw (a pipeline bug): counted, coded as no events, first messages kept. */
  readonly crashes: number;
  readonly crashMessages: readonly string[];
  /** Cases with an error-severity DocIssue (the document was not coded). */
  readonly docErrors: number;
  /** Events whose article_id differs from the case id (score.mjs groups by article_id). */
  readonly idMismatches: number;
}

/** Thrown out of `runCases` when the coder refuses its options (UsageError on the first case). */
export class NotRunError extends Error {
  override readonly name = "NotRunError";
}

/** Builds the Article score.mjs would send for a case. */
export function caseArticle(c: GoldCase, file: string): Article {
  return { id: c.id, text: c.text, ...(c.date ? { date: c.date } : {}), origin: { file } };
}

/** Codes every case; progress goes to stderr unless `quiet`. */
export function runCases(
  label: string,
  cases: readonly GoldCase[],
  code: CodeFn,
  opts: { readonly quiet: boolean },
): CaseRun {
  const preds = new Map<string, EventRecord[]>();
  const progress = new Progress(label, cases.length, opts.quiet);
  const crashMessages: string[] = [];
  let crashes = 0;
  let docErrors = 0;
  let idMismatches = 0;
  const t0 = performance.now();
  for (const [i, c] of cases.entries()) {
    let result: CodeResult;
    try {
      result = code(caseArticle(c, c.dataset ?? label));
    } catch (err) {
      if (err instanceof UsageError && i === 0) throw new NotRunError(err.message, { cause: err });
      crashes++;
      if (crashMessages.length < 3)
        crashMessages.push(
          `${c.id}: ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`,
        );
      continue;
    } finally {
      progress.tick(i + 1);
    }
    if (result.issues.some((x) => x.severity === "error")) docErrors++;
    idMismatches += result.events.filter((e) => e.article_id !== c.id).length;
    preds.set(c.id, [...result.events]);
  }
  progress.done();
  return {
    preds,
    seconds: (performance.now() - t0) / 1000,
    crashes,
    crashMessages,
    docErrors,
    idMismatches,
  };
}

/** A one-line progress display on stderr: redrawn on a TTY, else a line every 25%. */
class Progress {
  private last = 0;
  private readonly t0 = performance.now();
  private readonly tty = process.stderr.isTTY;
  private nextQuarter = 0.25;
  private readonly on: boolean;

  constructor(
    private readonly label: string,
    private readonly total: number,
    quiet: boolean,
  ) {
    // short sets finish before a progress line would help
    this.on = !quiet && total >= 200;
  }

  tick(n: number): void {
    if (!this.on) return;
    const now = performance.now();
    if (this.tty && now - this.last > 200) {
      this.last = now;
      process.stderr.write(`\r${this.line(n)}`);
    } else if (!this.tty && n / this.total >= this.nextQuarter) {
      this.nextQuarter += 0.25;
      process.stderr.write(`${this.line(n)}\n`);
    }
  }

  done(): void {
    if (this.on && this.tty) process.stderr.write(`\r${this.line(this.total)}\n`);
  }

  private line(n: number): string {
    const s = ((performance.now() - this.t0) / 1000).toFixed(1);
    return `[eval] ${this.label} ${n}/${this.total} (${Math.round((100 * n) / this.total)}%) ${s}s`;
  }
}
