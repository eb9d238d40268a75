/**
 * What every page gets from the app: the vocabulary, the current state, navigation, error
 * reporting and a few shared labels.
 */
import type { Vocabulary } from "../core/api-types.js";
import type { ViewState } from "../core/url-state.js";

/** Services of the app shell, passed to each page. */
export interface AppContext {
  readonly vocab: Vocabulary;
  /** The state being shown. */
  readonly state: () => ViewState;
  /** Shows another state (pushes a history entry). */
  readonly navigate: (next: ViewState) => void;
  /** The link of a state, for real `<a href>`s. */
  readonly href: (state: ViewState) => string;
  /** Reports a failure in the alert region; `what` names what could not be shown. */
  readonly alert: (err: unknown, what: string) => void;
  /** Country name of an alpha-3 code, else "". */
  readonly nameOf: (code: string) => string;
}

/** One page of the dashboard. */
export interface Page {
  readonly element: HTMLElement;
  /** Shows a state; resolves when everything is drawn (or the signal aborted it). */
  update(state: ViewState, signal: AbortSignal): Promise<void>;
}
