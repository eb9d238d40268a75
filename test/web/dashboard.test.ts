/**
 * The dashboard in a real browser (Debian's Chromium through playwright-core) over a store of the
 * bundled examples: filtering, the event page's evidence marks, the timeline's date selection,
 * URLs that restore the view, the narrow layout, and article markup shown as text. Screenshots of
 * each view go to test-output/web/.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Article, EventRecord } from "../../src/core/types.js";
import { openWebFixture, ROOT, type WebFixture } from "./web-fixture.js";

const SHOTS = join(ROOT, "test-output", "web");

/** A wire-style article of our own whose text carries markup that must never run. */
const HOSTILE: Article = {
  id: "web-test-markup",
  date: "2025-03-04",
  title: "Police arrest protesters <b>outside</b> parliament",
  text:
    "RIVERTON, March 4 (Wire) -- Police arrested 12 protesters outside the parliament on Tuesday. " +
    'Marchers carried banners reading <script>window.__xss = 1</script> and <img src=x onerror="window.__xss = 2"> through the square.',
  origin: { file: "web-test.jsonl", line: 1 },
};

let fx: WebFixture;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  fx = await openWebFixture([HOSTILE]);
  page = await fx.browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("dialog", (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
}, 180_000);

afterAll(async () => {
  await fx?.close();
});

/** Waits until the URL satisfies `test` and the view it names is fully drawn. */
async function settled(test: (search: URLSearchParams) => boolean): Promise<void> {
  await page.waitForURL((u) => test(u.searchParams), { timeout: 15_000 });
  await page.waitForSelector("body[data-ready]", { timeout: 15_000 });
}

async function api<T>(path: string): Promise<T> {
  return (await (await fetch(new URL(path, fx.url))).json()) as T;
}

/** Months (YYYY-MM) with events for a stats query, sorted. */
async function months(query: string): Promise<string[]> {
  const stats = await api<{ rows: { bucket: string }[] }>(`api/stats?${query}&by=month&group=quad`);
  return [...new Set(stats.rows.map((r) => r.bucket).filter((b) => b !== ""))].sort();
}

function monthEnd(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

function nextMonth(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 7);
}

/** Texts of the runs of adjacent marks of one kind (a span split by another kind is one run). */
async function markRuns(kind: string): Promise<{ text: string; start: number; end: number }[]> {
  return page.$$eval(`.article-text mark.ev-${kind}`, (marks) => {
    const runs: { text: string; start: number; end: number }[] = [];
    for (const m of marks) {
      const start = Number(m.getAttribute("data-start"));
      const end = Number(m.getAttribute("data-end"));
      const last = runs[runs.length - 1];
      if (last && last.end === start) {
        last.text += m.textContent ?? "";
        last.end = end;
      } else runs.push({ text: m.textContent ?? "", start, end });
    }
    return runs;
  });
}

describe("dashboard", () => {
  it("shows the overview of every event", async () => {
    await page.goto(fx.url);
    await settled((q) => q.size === 0);
    await expect(page.locator(".summary").textContent()).resolves.toMatch(/^\d+ matching events/);
    expect(await page.locator(".network-svg g.node").count()).toBeGreaterThan(3);
    expect(await page.locator(".map-svg path.country.has-events").count()).toBeGreaterThan(3);
    expect(await page.locator("table.events tbody tr[data-id]").count()).toBeGreaterThan(10);
    await page.screenshot({ path: join(SHOTS, "overview.png"), fullPage: true });
  });

  it("filters by actor CHN and type CONSULT, and opens the phone call with its evidence marked", async () => {
    await page.getByRole("combobox", { name: "Actor" }).fill("CHN");
    await page.getByRole("option", { name: /every actor coded CHN/ }).click();
    await settled((q) => q.get("actor") === "CHN");
    await page.locator("details.multi summary", { hasText: "Types" }).click();
    await page.getByRole("checkbox", { name: "CONSULT" }).check();
    await settled((q) => q.get("actor") === "CHN" && q.get("type") === "CONSULT");
    await page.keyboard.press("Escape");
    await page.screenshot({ path: join(SHOTS, "filtered.png"), fullPage: true });

    const row = page.locator("table.events tbody tr[data-id]", { hasText: "phone" });
    await expect(row.count()).resolves.toBe(1);
    const id = await row.getAttribute("data-id");
    await row.getByRole("link").click();
    await settled((q) => q.get("view") === "event" && q.get("id") === id);
    await page.screenshot({ path: join(SHOTS, "event.png"), fullPage: true });

    const event = await api<{ mentions: { record: EventRecord }[] }>(`api/events/${id}`);
    const ev = event.mentions[0]!.record.evidence;
    expect(ev.trigger.text).toBe("phone conversation");
    const runs = async (kind: string) =>
      (await markRuns(kind)).map((r) => [r.text, r.start, r.end]);
    const spans = (list: readonly { text: string; start: number; end: number }[]) =>
      list.map((s) => [s.text, s.start, s.end]);
    expect(await runs("trigger")).toEqual(spans([ev.trigger]));
    expect(await runs("actor")).toEqual(spans(ev.actor));
    expect((await runs("actor")).map((r) => r[0])).toEqual([
      "Chinese Foreign Minister Wang Yi",
      "Omani Foreign Minister Sayyid Badr Albusaidi",
    ]);
    expect(await runs("recipient")).toEqual([]);
    expect(await runs("date")).toEqual(spans([ev.date!]));
    expect(await runs("place")).toEqual(spans([ev.place!]));
    await expect(page.locator(".mentions").textContent()).resolves.toContain(
      event.mentions[0]!.record.rule,
    );
  });

  it(
    "sets the date range from the timeline (mouse and keyboard); reload and history keep the view",
    { timeout: 90_000 },
    async () => {
      await page.goBack();
      await settled(
        (q) => q.get("actor") === "CHN" && q.get("type") === "CONSULT" && !q.has("view"),
      );
      const consult = await months("actor_country=CHN&type=CONSULT");
      const timeline = page.locator(".panel-timeline svg.timeline-svg");
      await timeline.scrollIntoViewIfNeeded();
      const box = (await timeline.boundingBox())!;
      await page.mouse.move(box.x + 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
      await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2, { steps: 5 });
      await page.mouse.up();
      const dragged = { from: `${consult[0]}-01`, to: monthEnd(consult[consult.length - 1]!) };
      await settled((q) => q.get("from") === dragged.from && q.get("to") === dragged.to);
      await expect(page.locator('input[name="from"]').inputValue()).resolves.toBe(dragged.from);
      await page.screenshot({ path: join(SHOTS, "timeline-range.png"), fullPage: true });

      // Keyboard, on all of CHN's events: the first month and the one after it.
      await page.getByRole("button", { name: /Remove filter Types/ }).click();
      await settled((q) => !q.has("type"));
      await page.getByRole("button", { name: /Remove filter Dates/ }).click();
      await settled((q) => q.get("actor") === "CHN" && !q.has("from") && !q.has("type"));
      const all = await months("actor_country=CHN");
      await timeline.focus();
      await page.keyboard.press("Home");
      await page.keyboard.press("Shift+ArrowRight");
      await page.keyboard.press("Enter");
      const keyed = { from: `${all[0]}-01`, to: monthEnd(nextMonth(all[0]!)) };
      await settled((q) => q.get("from") === keyed.from && q.get("to") === keyed.to);

      const url = page.url();
      const summary = await page.locator(".summary").textContent();
      const ids = () =>
        page
          .locator("table.events tbody tr[data-id]")
          .evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-id")));
      const rows = await ids();
      expect(rows.length).toBeGreaterThan(0);
      await page.reload();
      await settled(() => true);
      expect(page.url()).toBe(url);
      await expect(page.locator(".summary").textContent()).resolves.toBe(summary);
      expect(await ids()).toEqual(rows);
      await expect(page.locator('input[name="to"]').inputValue()).resolves.toBe(keyed.to);

      // Back through every step: keyed -> no dates -> dragged dates -> dragged dates with CONSULT.
      await page.goBack();
      await settled((q) => !q.has("from"));
      await page.goBack();
      await settled((q) => q.get("from") === dragged.from && !q.has("type"));
      await page.goBack();
      await settled((q) => q.get("from") === dragged.from && q.get("type") === "CONSULT");
      await expect(page.locator('input[name="type"][value="CONSULT"]').isChecked()).resolves.toBe(
        true,
      );
      await expect(page.locator("details.multi summary").first().textContent()).resolves.toBe(
        "Types (1)",
      );
      for (let i = 0; i < 3; i++) await page.goForward();
      await settled((q) => q.get("from") === keyed.from);
      expect(page.url()).toBe(url);
    },
  );

  it("shows an actor's page", async () => {
    await page.goto(new URL("?view=actor&code=CHN", fx.url).href);
    await settled((q) => q.get("view") === "actor");
    await expect(page.locator("h1").textContent()).resolves.toBe("CHN — China");
    expect(await page.locator(".panel-type-mix ol.bars li").count()).toBeGreaterThan(1);
    await page.screenshot({ path: join(SHOTS, "actor.png"), fullPage: true });
  });

  it("shows an article's markup as text and never runs it", async () => {
    const found = await api<{ events: { id: string }[] }>("api/events?text=banners");
    expect(found.events.length).toBeGreaterThan(0);
    await page.goto(new URL(`?view=event&id=${found.events[0]!.id}`, fx.url).href);
    await settled((q) => q.get("view") === "event");
    const text = await page.locator(".article-text").textContent();
    expect(text).toContain("<script>window.__xss = 1</script>");
    expect(text).toContain('<img src=x onerror="window.__xss = 2">');
    await expect(page.locator(".article h3").textContent()).resolves.toBe(HOSTILE.title);
    expect(await page.locator(".event-page script, .event-page img, .article b").count()).toBe(0);
    expect(
      await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
    ).toBeUndefined();
    await page.screenshot({ path: join(SHOTS, "markup-as-text.png"), fullPage: true });
  });

  it("fits a narrow window", async () => {
    await page.setViewportSize({ width: 400, height: 800 });
    await page.goto(new URL("?actor=CHN", fx.url).href);
    await settled((q) => q.get("actor") === "CHN");
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SHOTS, "narrow.png"), fullPage: true });
  });

  it("says what to do on an empty store, and shows API errors in the alert region", async () => {
    // A page of its own: the failing request below logs a console error on purpose.
    const other = await fx.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await other.route(/\/api\/stats\?/, (r) =>
      r.fulfill({ json: { by: "month", group: "quad", rows: [] } }),
    );
    await other.route(/\/api\/events\?/, (r) => r.fulfill({ json: { events: [] } }));
    await other.route(/\/api\/breakdown/, (r) =>
      r.fulfill({
        status: 500,
        json: {
          statusCode: 500,
          error: "Internal Server Error",
          code: "internal",
          message: "store unreachable",
        },
      }),
    );
    await other.goto(fx.url);
    await other.waitForSelector("body[data-ready]");
    await expect(other.locator(".empty").textContent()).resolves.toContain(
      "No events yet: run dyad ingest examples/",
    );
    await expect(other.getByRole("alert").textContent()).resolves.toContain(
      "Could not load the network and the map: 500",
    );
    await expect(other.getByRole("alert").textContent()).resolves.toContain("store unreachable");
    await other.screenshot({ path: join(SHOTS, "empty-and-error.png"), fullPage: true });
    await other.close();
  });

  it("logged no console errors and ran no dialogs during the whole run", () => {
    expect(problems).toEqual([]);
  });
});
