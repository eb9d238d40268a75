import { annotate } from "./annotate/annotate.js";
import { findPlaces, lookupPlace } from "./annotate/gazetteer.js";
import { loadKnowledgeBase, type ActorKnowledgeBase } from "./actors/knowledge-base.js";
import { resolveActors } from "./actors/resolve-actors.js";
import type { Article, CodeResult, Doc, DocIssue, EventRecord } from "./core/types.js";
import { codeWithDictionaries } from "./dictionaries/code-with-dictionaries.js";
import { loadDictionaries } from "./dictionaries/load-dictionaries.js";
import { codeEvents, type PlaceRef } from "./events/code-events.js";
import { defaultLexicon, type Lexicon } from "./events/lexicon.js";
import { defaultModel } from "./model/default-model.js";
import { loadModel } from "./model/model-file.js";
import type { Model } from "./model/model-types.js";

/** Options of the coding pipeline. */
export interface CodeOptions {
  /** User actor dictionaries (TSV or JSON) added to the built-in knowledge base. */
  readonly actorsFiles?: readonly string[];
  /** Use a prepared knowledge base instead of loading one. */
  readonly knowledgeBase?: ActorKnowledgeBase;
  /** Use a prepared lexicon instead of the built-in tables. */
  readonly lexicon?: Lexicon;
  /**
   * A folder of CAMEO/PETRARCH/TABARI dictionaries (.actors, .agents, .discards, verbs): events are
   * then coded with those dictionaries instead of dyad's own tables, the way their suites expect.
   */
  readonly dictionaries?: string;
  /**
   * Event-type model file (from `dyad train`) used to re-weight event confidence; `false` turns the
   * model off; default: the shipped model in data/models/.
   */
  readonly model?: string | false;
}

/** A prepared coder: the tables are loaded once, then each article is coded in turn. */
export type Coder = (article: Article) => CodeResult;

/** Loads the tables an options object names and returns a reusable coder. */
export function createCoder(opts: CodeOptions = {}): Coder {
  const kb =
    opts.knowledgeBase ??
    loadKnowledgeBase(opts.actorsFiles?.length ? { userFiles: [...opts.actorsFiles] } : {});
  const lexicon = opts.lexicon ?? defaultLexicon();
  if (opts.dictionaries !== undefined) {
    const dicts = loadDictionaries(opts.dictionaries);
    return (article) =>
      runStages(article, { kb, lexicon }, (doc) => codeWithDictionaries(doc, dicts));
  }
  const model =
    opts.model === false ? undefined : opts.model ? loadModel(opts.model) : defaultModel();
  return (article) => runStages(article, { kb, lexicon, ...(model ? { model } : {}) });
}

/** The tables one coder uses, loaded once. */
interface Tables {
  readonly kb: ActorKnowledgeBase;
  readonly lexicon: Lexicon;
  readonly model?: Model;
}

let defaultCoder: Coder | undefined;

/**
 * Codes one article into evidence-backed PLOVER + CAMEO events.
 * With no options the built-in tables are used and loaded only once per process.
 */
export function codeArticle(article: Article, opts?: CodeOptions): CodeResult {
  if (opts && Object.keys(opts).length > 0) return createCoder(opts)(article);
  defaultCoder ??= createCoder();
  return defaultCoder(article);
}

/** The one place that orders the stages: annotate, resolve actors, code events. */
function runStages(
  article: Article,
  tables: Tables,
  dictionaryCoder?: (doc: Doc) => EventRecord[],
): CodeResult {
  const issues: DocIssue[] = [];
  if (article.text.trim() === "") {
    issues.push({
      severity: "error",
      code: "empty-body",
      message: "the article has no text",
      origin: article.origin,
      articleId: article.id,
    });
    return { article, events: [], issues };
  }
  const doc = annotate(article);
  if (!doc.refDate) {
    issues.push({
      severity: "warning",
      code: "no-date",
      message: "no publication date or dateline date: events are undated",
      origin: article.origin,
      articleId: article.id,
    });
  }
  if (dictionaryCoder) return { article, events: dictionaryCoder(doc), issues };
  const mentions = resolveActors(doc, tables.kb);
  const { lexicon, model } = tables;
  const events = codeEvents(doc, mentions, {
    lexicon,
    ...(model ? { model } : {}),
    ...placesOf(doc),
  });
  return { article, events, issues };
}

function placesOf(doc: Doc): { places: PlaceRef[]; datelinePlace?: PlaceRef } {
  const places: PlaceRef[] = findPlaces(doc).map((p) => ({
    sentence: p.sentence,
    span: p.span,
    location: { text: p.span.text, ...hitFields(p.hit), source: "event" },
  }));
  const dl = doc.dateline;
  if (!dl) return { places };
  const hit = lookupPlace(dl.place.text);
  const datelinePlace: PlaceRef = {
    sentence: 0,
    span: dl.place,
    location: { text: dl.place.text, ...(hit ? hitFields(hit) : {}), source: "dateline" },
  };
  return { places, datelinePlace };
}

function hitFields(h: { country?: string; admin1?: string; lat: number; lon: number }): {
  country?: string;
  admin1?: string;
  lat: number;
  lon: number;
} {
  return {
    ...(h.country ? { country: h.country } : {}),
    ...(h.admin1 ? { admin1: h.admin1 } : {}),
    lat: h.lat,
    lon: h.lon,
  };
}
