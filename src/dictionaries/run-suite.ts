/**
 * Runs a dictionary test suite (petr-unittest, tabari-validation) through annotate and the
 * dictionary coder and prints records-exact and triple P/R/F1, computed as tools/score.mjs does.
 * Usage: npx tsx src/dictionaries/run-suite.ts CASES.jsonl DICT_DIR [--show-fails] [--only ID] [--simple-doc]
 * (`--simple-doc` uses this folder's minimal wink Doc builder instead of the annotate stage).
 */
import { readFileSync } from "node:fs";
import { annotate } from "../annotate/annotate.js";
import type { EventRecord } from "../core/types.js";
import { codeWithDictionaries } from "./code-with-dictionaries.js";
import { loadDictionaries } from "./load-dictionaries.js";
import { simpleDoc } from "./simple-doc.js";

interface GoldEvent {
  readonly source?: string;
  readonly target?: string;
  readonly code: string;
}
interface Case {
  readonly id: string;
  readonly text: string;
  readonly date?: string;
  readonly lang?: string;
  readonly events?: readonly GoldEvent[];
  readonly config?: Record<string, string>;
}

/** The (source, target, code) triples of a case's records, as score.mjs forms them. */
export function tripleSet(events: readonly EventRecord[]): Set<string> {
  const got = new Set<string>();
  const full = (a: EventRecord["actor"][number]): string =>
    a.code_full ?? `${a.code}${a.sector[0] ?? ""}`;
  for (const e of events) {
    const A = e.actor.map(full);
    const R = e.recipient.map(full);
    if (R.length > 0) for (const a of A) for (const r of R) got.add(`${a}|${r}|${e.cameo}`);
    else if (A.length > 1)
      for (const a of A)
        for (const r of A) {
          if (a !== r) got.add(`${a}|${r}|${e.cameo}`);
        }
    else for (const a of A) got.add(`${a}|---|${e.cameo}`);
  }
  return got;
}

function main(): void {
  const [casesFile, dictDir] = process.argv.slice(2);
  if (!casesFile || !dictDir)
    throw new Error("usage: run-suite.ts CASES.jsonl DICT_DIR [--show-fails] [--only ID]");
  const show = process.argv.includes("--show-fails");
  const only = process.argv[process.argv.indexOf("--only") + 1];
  const dicts = loadDictionaries(dictDir);
  const cases = readFileSync(casesFile, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Case)
    .filter(
      (c) =>
        (c.lang ?? "en") === "en" &&
        c.events !== undefined &&
        (!process.argv.includes("--only") || c.id === only),
    );
  let tp = 0,
    fp = 0,
    fn = 0,
    exact = 0;
  const t0 = performance.now();
  for (const c of cases) {
    const article = {
      id: c.id,
      text: c.text,
      ...(c.date ? { date: c.date } : {}),
      origin: { file: casesFile },
    };
    const doc = process.argv.includes("--simple-doc") ? simpleDoc(article) : annotate(article);
    const got = tripleSet(codeWithDictionaries(doc, dicts, c.config ? { config: c.config } : {}));
    const gold = new Set(
      (c.events ?? []).map((e) => `${e.source ?? "---"}|${e.target ?? "---"}|${e.code}`),
    );
    let t = 0;
    for (const g of gold) if (got.has(g)) t++;
    tp += t;
    fn += gold.size - t;
    fp += got.size - t;
    const ok = gold.size === got.size && t === gold.size;
    if (ok) exact++;
    else if (show)
      console.log(
        `${c.id}\n  ${c.text}\n  gold ${[...gold].join(" ")}\n  got  ${[...got].join(" ")}`,
      );
  }
  const ms = performance.now() - t0;
  const p = tp / (tp + fp || 1),
    r = tp / (tp + fn || 1);
  console.log(
    JSON.stringify({
      cases: cases.length,
      records_exact: +(exact / (cases.length || 1)).toFixed(3),
      p: +p.toFixed(3),
      r: +r.toFixed(3),
      f1: +((2 * p * r) / (p + r || 1)).toFixed(3),
      ms_per_case: +(ms / (cases.length || 1)).toFixed(2),
    }),
  );
}

main();
