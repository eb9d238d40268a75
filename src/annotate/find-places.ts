import type { Doc, Span, Token } from "../core/types.js";
import { DataFileError } from "../core/errors.js";
import { annotateDataPath, readAnnotateTable } from "./annotate-data.js";
import { dateWords } from "./date-words.js";
import { lookupPlace, type GazetteerHit } from "./lookup-place.js";

/** A place named in the text after "in/at/near/outside", resolved by the gazetteer. */
export interface PlaceMention {
  readonly span: Span;
  readonly sentence: number;
  /** Token range [tokenStart, tokenEnd) of the name. */
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly hit: GazetteerHit;
  /** Id of the place-cues.tsv row of the preposition that introduced it. */
  readonly rule: string;
}

/** Longest place name tried, in tokens ("Ho Chi Minh City"). */
const MAX_NAME_TOKENS = 4;
/** Most filler words between the preposition and the name ("in the city of"). */
const MAX_SKIP = 3;

interface PlaceCues {
  /** Preposition -> rule id. */
  readonly prepositions: ReadonlyMap<string, string>;
  readonly skip: ReadonlySet<string>;
}

const FILE = "place-cues.tsv";
let cached: PlaceCues | undefined;

function placeCues(): PlaceCues {
  if (cached) return cached;
  const prepositions = new Map<string, string>();
  const skip = new Set<string>();
  for (const row of readAnnotateTable(FILE, ["kind", "word"])) {
    const { id = "", kind = "", word = "" } = row.cells;
    if (kind === "preposition") prepositions.set(word, id);
    else if (kind === "skip") skip.add(word);
    else throw new DataFileError(annotateDataPath(FILE), row.line, `bad kind "${kind}"`);
  }
  cached = { prepositions, skip };
  return cached;
}

const isCapitalised = (t: Token): boolean => /^\p{Lu}/u.test(t.text);

/** Rule `place-not-date`: month and weekday names are never places ("in March", "at Monday's"). */
function isDateWord(t: Token): boolean {
  const dw = dateWords();
  const w = t.lower.endsWith(".") ? t.lower.slice(0, -1) : t.lower;
  return dw.months.has(w) || dw.weekdays.has(w);
}

/** Tries the longest capitalised run at `from` first; returns the name's end token and hit. */
function matchName(
  doc: Doc,
  from: number,
  sentenceEnd: number,
): { end: number; hit: GazetteerHit } | undefined {
  let runEnd = from;
  while (runEnd < sentenceEnd && runEnd - from < MAX_NAME_TOKENS) {
    const t = doc.tokens[runEnd];
    if (!t || !isCapitalised(t) || isDateWord(t)) break;
    runEnd++;
  }
  const first = doc.tokens[from];
  for (let end = runEnd; end > from && first; end--) {
    const last = doc.tokens[end - 1];
    const hit = last && lookupPlace(doc.text.slice(first.start, last.end));
    if (hit) return { end, hit };
  }
  return undefined;
}

/**
 * Finds "in/at/near/outside <Capitalised Name>" phrases whose name the gazetteer knows. These
 * are candidate event locations; the dateline city is only where the story was filed.
 */
export function findPlaces(doc: Doc): PlaceMention[] {
  const cues = placeCues();
  const out: PlaceMention[] = [];
  for (const s of doc.sentences) {
    for (let i = s.firstToken; i < s.endToken; i++) {
      const rule = cues.prepositions.get(doc.tokens[i]?.lower ?? "");
      if (rule === undefined) continue;
      let from = i + 1;
      // Filler words must be lower-case: "in The Hague" keeps its article.
      while (
        from < s.endToken &&
        from - i <= MAX_SKIP &&
        cues.skip.has(doc.tokens[from]?.text ?? "")
      )
        from++;
      const m = matchName(doc, from, s.endToken);
      const first = doc.tokens[from];
      const last = m && doc.tokens[m.end - 1];
      if (!m || !first || !last) continue;
      const span = {
        start: first.start,
        end: last.end,
        text: doc.text.slice(first.start, last.end),
      };
      out.push({ span, sentence: s.index, tokenStart: from, tokenEnd: m.end, hit: m.hit, rule });
      i = m.end - 1;
    }
  }
  return out;
}
