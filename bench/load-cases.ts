/**
 * Reads a gold dataset's `cases.jsonl` (common schema, see /work/shared/data/README.md).
 */
import { readFileSync } from "node:fs";
import { DataFileError } from "../src/core/errors.js";
import type { GoldCase, GoldEvent } from "./scoring.js";

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function optString(v: unknown): string | undefined {
  return typeof v === "string" ? v : undefined;
}

function toEvent(v: unknown): GoldEvent | undefined {
  if (!isRecord(v) || (typeof v["code"] !== "string" && typeof v["code"] !== "number"))
    return undefined;
  const src = v["source"];
  const tgt = v["target"];
  return {
    code: String(v["code"]),
    ...(typeof src === "string" || src === null ? { source: src } : {}),
    ...(typeof tgt === "string" || tgt === null ? { target: tgt } : {}),
    ...(typeof v["scheme"] === "string" ? { scheme: v["scheme"] } : {}),
  };
}

/** Parses one case line; throws DataFileError (file:line) when it is not a case. */
export function parseCase(line: string, file: string, lineNo: number): GoldCase {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch (cause) {
    throw new DataFileError(file, lineNo, "not JSON", { cause });
  }
  if (!isRecord(v) || typeof v["id"] !== "string" || typeof v["text"] !== "string") {
    throw new DataFileError(file, lineNo, "a case needs string `id` and `text`");
  }
  const raw = v["events"];
  const events = Array.isArray(raw) ? raw.map(toEvent) : undefined;
  if (events?.some((e) => e === undefined))
    throw new DataFileError(file, lineNo, "an event needs a `code`");
  const [dataset, date, lang] = [
    optString(v["dataset"]),
    optString(v["date"]),
    optString(v["lang"]),
  ];
  return {
    id: v["id"],
    text: v["text"],
    ...(dataset === undefined ? {} : { dataset }),
    ...(date === undefined ? {} : { date }),
    ...(lang === undefined ? {} : { lang }),
    ...(events === undefined
      ? {}
      : { events: events.filter((e): e is GoldEvent => e !== undefined) }),
  };
}

/** Reads every case of a `cases.jsonl`, in file order. */
export function loadCases(file: string): GoldCase[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (cause) {
    throw new DataFileError(file, undefined, "cannot read cases", { cause });
  }
  const cases: GoldCase[] = [];
  text.split("\n").forEach((line, i) => {
    if (line.trim() !== "") cases.push(parseCase(line, file, i + 1));
  });
  return cases;
}
