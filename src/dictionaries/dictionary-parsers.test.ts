import { describe, expect, it } from "vitest";
import { DataFileError } from "../core/errors.js";
import { dictionaryLines } from "./dictionary-lines.js";
import { parsePhrase, regularPlurals, regularVerbForms, wordMatches } from "./dictionary-words.js";
import { codeOn, parseDatedCode } from "./parse-codes.js";
import { parseActors } from "./parse-actors.js";
import { parseAgents } from "./parse-agents.js";
import { parseDiscards } from "./parse-discards.js";
import { parseOptions } from "./parse-options.js";

describe("dictionaryLines", () => {
  it("drops #, <!-- --> (multi-line) and keeps [###] codes", () => {
    const text =
      "<!-- head -->\nROHAN [ROH] # note\n<!-- a\nb -->\nNASGUL [###]\n\n  [X] <!-- c -->";
    expect(dictionaryLines("f", text, "petrarch").map((l) => [l.text, l.line, l.indented])).toEqual(
      [
        ["ROHAN [ROH]", 2, false],
        ["NASGUL [###]", 5, false],
        ["[X]", 7, true],
      ],
    );
  });
  it("reads TABARI ; comments, # lines and stops at ~~FINISH", () => {
    const text = "ROHAN [ROH] ;pas\n# gone\nBREE [BRE]\n~~FINISH\nAFTER [AFT]";
    expect(dictionaryLines("f", text, "tabari").map((l) => l.text)).toEqual([
      "ROHAN [ROH]",
      "BREE [BRE]",
    ]);
  });
  it("throws on an unterminated comment", () => {
    expect(() => dictionaryLines("f.txt", "<!-- open\nROHAN [ROH]", "petrarch")).toThrow(
      /f\.txt:2/,
    );
  });
});

describe("dictionary words", () => {
  it.each([
    [
      "MINAS_TIRITH",
      "petrarch",
      [
        ["minas", "exact", true],
        ["tirith", "exact", true],
      ],
    ],
    [
      "PRINCE DOL_AMROTH",
      "tabari",
      [
        ["prince", "stem", false],
        ["dol", "regular", true],
        ["amroth", "stem", false],
      ],
    ],
    ["MOUSE=", "tabari", [["mouse", "exact", false]]],
    [
      "RECENT~_*",
      "tabari",
      [
        ["recent", "stem", true],
        ["*", "stem", false],
      ],
    ],
  ] as const)("parsePhrase(%s, %s)", (phrase, family, want) => {
    expect(parsePhrase(phrase, family).map((w) => [w.text, w.mode, w.joined])).toEqual(want);
  });
  it.each([
    ["regular", "depart", "departed", true],
    ["regular", "depart", "departx", false],
    ["stem", "norw", "norwegian", true],
    ["exact", "ban", "baning", false],
    ["regular", "libya", "libya's", true],
  ] as const)("%s %s matches %s: %s", (mode, dict, text, want) => {
    expect(wordMatches({ text: dict, mode, joined: false }, text)).toBe(want);
  });
  it("generates regular verb forms and plurals", () => {
    expect(regularVerbForms("welcome")).toEqual(["welcome", "welcomes", "welcomed", "welcoming"]);
    expect(regularVerbForms("deny")).toEqual(["deny", "denies", "denied", "denying"]);
    expect(regularPlurals("embassy")).toEqual(["embassies"]);
    expect(regularPlurals("congressman")).toEqual(["congressmen"]);
  });
});

describe("dated codes", () => {
  it.each([
    ["ROH", { code: "ROH" }],
    ["ROH <911226", { code: "ROH", before: "19911226" }],
    ["ROH > 20130119", { code: "ROH", after: "20130119" }],
    ["ROHGOV 950601 - 990815", { code: "ROHGOV", from: "19950601", to: "19990815" }],
    ["ROHGOV 20100109-20100112", { code: "ROHGOV", from: "20100109", to: "20100112" }],
  ])("parses [%s]", (block, want) => {
    expect(parseDatedCode("f", 1, block)).toEqual(want);
  });
  it.each(["950601-990815", "ROH <95", "<950601"])("rejects [%s]", (block) => {
    expect(() => parseDatedCode("f", 3, block)).toThrow(DataFileError);
  });
  it("picks the first window holding the date, else the undated code", () => {
    const codes = [
      { code: "A", before: "19950601" },
      { code: "B", from: "19950601", to: "19990815" },
      { code: "C" },
    ];
    expect([
      codeOn(codes, "19900101"),
      codeOn(codes, "19970101"),
      codeOn(codes, "20050101"),
      codeOn(codes, undefined),
    ]).toEqual(["A", "B", "C", "C"]);
  });
});

describe("parseActors", () => {
  it("reads synonyms, indented code lines and date windows", () => {
    const text =
      "ROHAN [ROH]\n+ROHIRRIM\nSARUMAN # wizard\n+SHARKEY\n\t[ISEGOV <30190101]\n\t[ISE]\n";
    const a = parseActors("a.txt", text, "petrarch");
    expect(
      a.map((e) => [
        e.phrases.map((p) => p.map((w) => w.text).join(" ")),
        e.codes.map((c) => c.code),
      ]),
    ).toEqual([
      [["rohan", "rohirrim"], ["ROH"]],
      [
        ["saruman", "sharkey"],
        ["ISEGOV", "ISE"],
      ],
    ]);
  });
  it("skips TABARI <NOUN> sections", () => {
    expect(parseActors("a", "<NOUN>\nSHEEP\n</NOUN>\nBREE [BRE]", "tabari")).toHaveLength(1);
  });
  it.each([
    ["+ROHIRRIM\n", /a\.txt:1: synonym before/],
    ["ROHAN\nBREE [BRE]", /a\.txt:1: actor has no/],
    ["ROHAN [ROH\n", /a\.txt:1: malformed code block|unclosed/],
  ])("throws with file:line on %j", (text, re) => {
    expect(() => parseActors("a.txt", text, "petrarch")).toThrow(re);
  });
});

describe("parseAgents", () => {
  it("reads ~ placement, {} plurals and !MACRO! substitutions", () => {
    const text =
      "!MAN! = MAN, MEN\nPOLICE {} [~COP]\nRIDER [~MIL]\nGOOSE {GEESE} [~GGS]\nRANGER!MAN! [~REB]\nRIGHTS_GROUP [NGO~]";
    const got = parseAgents("g.txt", text, "petrarch").map((a) => [
      a.phrases.map((p) => p.map((w) => w.text).join(" ")),
      a.code,
      a.prefix,
    ]);
    expect(got).toEqual([
      [["police"], "COP", false],
      [["rider", "riders"], "MIL", false],
      [["goose", "geese"], "GGS", false],
      [["rangerman", "rangermen"], "REB", false],
      [["rights group", "rights groups"], "NGO", true],
    ]);
  });
  it("throws on an agent code without ~", () => {
    expect(() => parseAgents("g.txt", "POLICE [COP]", "petrarch")).toThrow(/g\.txt:1/);
  });
});

describe("parseDiscards and parseOptions", () => {
  it("marks + discards as story-level", () => {
    expect(
      parseDiscards("d", "HOBBIT RACES\n+DRAGON LOTTERY # x").map((d) => [
        d.phrase.length,
        d.story,
      ]),
    ).toEqual([
      [2, false],
      [2, true],
    ]);
  });
  it("reads SET:, LABEL: and other commands", () => {
    const o = parseOptions(
      "o",
      "// c\nSET: CONVERT AGENT = true\nLABEL: 030=CONSULT\nCOMPLEX: VERBS[5]",
    );
    expect([...o]).toEqual([
      ["CONVERT AGENT", "TRUE"],
      ["LABEL 030", "CONSULT"],
      ["COMPLEX", "VERBS[5]"],
    ]);
  });
});
