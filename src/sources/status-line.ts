/**
 * A one-line live status at the bottom of a terminal: redrawn in place, and kept below any log
 * line written through {@link StatusLine.logStream}. Off (log lines pass through untouched) when
 * the stream is not a TTY or the caller turns it off, so logs and CI output stay plain.
 */
import { Writable } from "node:stream";

/** The live status line of a long-running command. */
export class StatusLine {
  private text = "";
  /** True when the status is drawn (by default: when the stream is a terminal). */
  readonly enabled: boolean;

  constructor(
    private readonly out: NodeJS.WriteStream,
    enabled: boolean = out.isTTY === true,
  ) {
    this.enabled = enabled && out.isTTY === true;
  }

  /** Replaces the status text. */
  set(text: string): void {
    this.text = text;
    this.redraw();
  }

  /** Removes the status line (before exiting). */
  clear(): void {
    if (this.enabled) this.out.write("\r\x1b[2K");
    this.text = "";
  }

  /** Writes a log line above the status: clears the status, writes, redraws the status. */
  log(line: string | Buffer): void {
    if (this.enabled) this.out.write("\r\x1b[2K");
    this.out.write(line);
    this.redraw();
  }

  /** A stream for log lines, each written as by {@link StatusLine.log}. */
  logStream(): NodeJS.WritableStream & { isTTY?: boolean } {
    return new Writable({
      write: (chunk: Buffer | string, _encoding, done) => {
        this.log(chunk);
        done();
      },
    });
  }

  private redraw(): void {
    if (!this.enabled || this.text === "") return;
    const width = Math.max(20, (this.out.columns || 80) - 1);
    const line = this.text.length > width ? `${this.text.slice(0, width - 1)}…` : this.text;
    this.out.write(`\r\x1b[2K${line}`);
  }
}
