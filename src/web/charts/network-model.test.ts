import { describe, expect, it } from "vitest";
import { edgePath, networkModel, parseDyad } from "./network-model.js";

const OPTS = { maxNodes: 10, maxEdges: 10, width: 400, height: 400 };

describe("parseDyad", () => {
  it.each([
    ["CHN+OMN>", { actors: ["CHN", "OMN"], recipients: [] }],
    ["USA>IRN+IRQ", { actors: ["USA"], recipients: ["IRN", "IRQ"] }],
    [">UKR", { actors: [], recipients: ["UKR"] }],
  ])("%s", (key, parts) => {
    expect(parseDyad(key)).toEqual(parts);
  });
});

describe("networkModel", () => {
  const dyads = [
    { key: "USA>IRN", events: 4, intensity: -12 },
    { key: "IRN>USA", events: 1, intensity: -3 },
    { key: "CHN+OMN>", events: 2, intensity: 3 },
    { key: "USA+GBR>IRN", events: 1, intensity: -5 },
    { key: "FRA>", events: 3, intensity: 6 },
  ];

  it("counts each code once per dyad and builds directed and joint edges", () => {
    const m = networkModel(dyads, OPTS);
    expect(Object.fromEntries(m.nodes.map((n) => [n.code, n.activity]))).toEqual({
      USA: 6,
      IRN: 6,
      FRA: 3,
      CHN: 2,
      OMN: 2,
      GBR: 1,
    });
    expect(m.edges.map((e) => [e.kind, e.a, e.b, e.events, e.mean])).toEqual([
      ["directed", "USA", "IRN", 5, -17 / 5],
      ["joint", "CHN", "OMN", 2, 1.5],
      ["directed", "GBR", "IRN", 1, -5],
      ["directed", "IRN", "USA", 1, -3],
    ]);
  });

  it("keeps the most active nodes and only edges between them", () => {
    const m = networkModel(dyads, { ...OPTS, maxNodes: 2 });
    expect(m.nodes.map((n) => n.code)).toEqual(["IRN", "USA"]);
    expect(m.hiddenNodes).toBe(4);
    expect(m.edges.every((e) => ["IRN", "USA"].includes(e.a) && ["IRN", "USA"].includes(e.b))).toBe(
      true,
    );
  });

  it("places nodes on one circle, the most active at the top, and is deterministic", () => {
    const m = networkModel(dyads, OPTS);
    expect(networkModel([...dyads].reverse(), OPTS)).toEqual(m);
    const r = m.nodes.map((n) => Math.hypot(n.x - 200, n.y - 200));
    for (const x of r) expect(x).toBeCloseTo(r[0]!, 6);
    expect(m.nodes[0]!.x).toBeCloseTo(200, 6);
    expect(m.nodes[0]!.y).toBeLessThan(200);
  });

  it("directed edges stop at the target's rim", () => {
    const from = {
      code: "A",
      activity: 1,
      x: 0,
      y: 0,
      r: 5,
      labelX: 0,
      labelY: 0,
      anchor: "middle" as const,
    };
    const to = { ...from, code: "B", x: 100, y: 0, r: 10 };
    const end = edgePath(from, to, "directed").split(" ").slice(-2).map(Number);
    expect(Math.hypot(end[0]! - 100, end[1]!)).toBeCloseTo(13, 1);
    expect(edgePath(from, to, "joint")).toBe("M0.0 0.0Q50.0 0.0 100.0 0.0");
  });
});
