/**
 * The events an article reports, for `GET /api/articles/:id`. `EventStore` has no lookup by
 * article yet, so this uses the store's `eventsOfArticle` when it has one and otherwise reports
 * "unknown" (undefined) rather than guessing; the route then leaves `events` out.
 */
import type { EventStore, StoredEvent } from "../store/index.js";

/** The store method this needs (requested from src/store): events with a mention from the article. */
interface ArticleEventsLookup {
  eventsOfArticle(articleId: string): Promise<readonly StoredEvent[]>;
}

function hasLookup(store: EventStore): store is EventStore & ArticleEventsLookup {
  return typeof (store as Partial<ArticleEventsLookup>).eventsOfArticle === "function";
}

/** The events of an article, or undefined when the store cannot list them. */
export async function eventsOfArticle(
  store: EventStore,
  articleId: string,
): Promise<readonly StoredEvent[] | undefined> {
  return hasLookup(store) ? store.eventsOfArticle(articleId) : undefined;
}
