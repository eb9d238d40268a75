import { DataFileError } from "../core/errors.js";
import { annotateDataPath, readAnnotateTable } from "./annotate-data.js";

/** The word lists of data/date-words.tsv, by kind (all lower-case). */
export interface DateWords {
  /** Month names and abbreviations (without the dot) to month number 1-12. */
  readonly months: ReadonlyMap<string, number>;
  /** Full weekday names to 0 (Sunday) .. 6 (Saturday). */
  readonly weekdays: ReadonlyMap<string, number>;
  readonly cues: ReadonlySet<string>;
  /** Time units that are cues only after a determiner, number or adjective ("last week"). */
  readonly unitCues: ReadonlySet<string>;
  readonly vague: ReadonlySet<string>;
  readonly anaphoric: ReadonlySet<string>;
  readonly modifiers: ReadonlySet<string>;
  readonly future: ReadonlySet<string>;
  readonly yearLeads: ReadonlySet<string>;
  readonly durationLeads: ReadonlySet<string>;
  readonly spanModifiers: ReadonlySet<string>;
  readonly stretchLeads: ReadonlySet<string>;
  readonly stretchModifiers: ReadonlySet<string>;
  readonly pluralUnits: ReadonlySet<string>;
  readonly subdayUnits: ReadonlySet<string>;
}

const FILE = "date-words.tsv";
let cached: DateWords | undefined;

/** Returns the date word lists, read once per process. */
export function dateWords(): DateWords {
  cached ??= loadDateWords();
  return cached;
}

const SET_KINDS = [
  "cue",
  "unit-cue",
  "vague",
  "anaphoric",
  "modifier",
  "future",
  "year-lead",
  "duration-lead",
  "span-modifier",
  "stretch-lead",
  "stretch-modifier",
  "plural-unit",
  "subday-unit",
] as const;

function loadDateWords(): DateWords {
  const months = new Map<string, number>();
  const weekdays = new Map<string, number>();
  const sets = new Map<string, Set<string>>(SET_KINDS.map((k) => [k, new Set<string>()]));
  for (const row of readAnnotateTable(FILE, ["word", "kind", "value"])) {
    const { word = "", kind = "", value = "" } = row.cells;
    const n = Number(value);
    if (kind === "month" && n >= 1 && n <= 12) months.set(word, n);
    else if (kind === "weekday" && n >= 0 && n <= 6) weekdays.set(word, n);
    else if (sets.has(kind) && value === "") sets.get(kind)?.add(word);
    else
      throw new DataFileError(
        annotateDataPath(FILE),
        row.line,
        `bad kind/value "${kind}"/"${value}"`,
      );
  }
  const set = (k: string): ReadonlySet<string> => sets.get(k) ?? new Set();
  return {
    months,
    weekdays,
    cues: set("cue"),
    unitCues: set("unit-cue"),
    vague: set("vague"),
    anaphoric: set("anaphoric"),
    modifiers: set("modifier"),
    future: set("future"),
    yearLeads: set("year-lead"),
    durationLeads: set("duration-lead"),
    spanModifiers: set("span-modifier"),
    stretchLeads: set("stretch-lead"),
    stretchModifiers: set("stretch-modifier"),
    pluralUnits: set("plural-unit"),
    subdayUnits: set("subday-unit"),
  };
}

/** Returns the month number of a month word ("Nov.", "november", "SEPT"), else undefined. */
export function monthOf(word: string): number | undefined {
  const w = word.endsWith(".") ? word.slice(0, -1) : word;
  return dateWords().months.get(w.toLowerCase());
}
