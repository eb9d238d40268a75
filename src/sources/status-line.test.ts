import { describe, expect, it } from "vitest";
import { StatusLine } from "./status-line.js";

/** A fake terminal (or pipe) recording what is written. */
function stream(isTTY: boolean): NodeJS.WriteStream & { out: string } {
  const s = {
    out: "",
    isTTY,
    columns: 30,
    write: (chunk: string | Buffer) => ((s.out += String(chunk)), true),
  };
  return s as unknown as NodeJS.WriteStream & { out: string };
}

describe("StatusLine", () => {
  it("redraws in place on a terminal and keeps log lines above it", async () => {
    const tty = stream(true);
    const status = new StatusLine(tty);
    status.set("polling");
    await new Promise<void>((resolve) =>
      status.logStream().write("dyad: warning\n", () => resolve()),
    );
    status.set("x".repeat(50));
    expect(tty.out).toBe(
      "\r\x1b[2Kpolling" +
        "\r\x1b[2Kdyad: warning\n" +
        "\r\x1b[2Kpolling" +
        `\r\x1b[2K${"x".repeat(28)}…`,
    );
  });

  it.each([
    ["not a terminal", stream(false), undefined],
    ["turned off", stream(true), false],
  ])("draws nothing when %s, but passes log lines through", async (_name, out, enabled) => {
    const status = new StatusLine(out, enabled);
    status.set("polling");
    await new Promise<void>((resolve) =>
      status.logStream().write("dyad: warning\n", () => resolve()),
    );
    status.clear();
    expect(out.out).toBe("dyad: warning\n");
  });
});
