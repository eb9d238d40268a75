/**
 * Entry point of the dashboard (bundled by Vite into dist/web, served by `dyad serve` at `/`):
 * loads the vocabulary, then hands the page to the app shell.
 */
import { DyadError } from "../core/errors.js";
import { api } from "./core/api-client.js";
import { h } from "./core/dom.js";
import { App } from "./views/app.js";
import "./styles/base.css";
import "./styles/filters.css";
import "./styles/charts.css";
import "./styles/pages.css";

async function start(): Promise<void> {
  const main = document.getElementById("main");
  const alerts = document.getElementById("alerts");
  if (!main || !alerts) throw new DyadError("web-page", "index.html lacks #main or #alerts");
  try {
    const vocab = await api.vocabulary();
    const app = new App(main, alerts, vocab);
    app.load();
  } catch (err) {
    main.replaceChildren(
      h(
        "div",
        { class: "empty" },
        h("h2", {}, "The dyad server did not answer"),
        h("p", {}, err instanceof Error ? err.message : String(err)),
      ),
    );
    throw err;
  }
}

void start();
