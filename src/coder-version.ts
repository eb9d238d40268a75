/**
 * The coder version stored with every mention: `dyad@<package version>+<hash>`, where the hash
 * (12 hex digits of SHA-256) covers every data table the coder reads (data/ minus training data
 * and READMEs) and every user file the coding options name. So a dyad upgrade, an edited table, or
 * a different `--actors` / `--dictionaries` / `--model` choice each give a new version, and
 * `dyad recode` re-codes exactly the articles a different coder produced.
 */
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { dataPath } from "./core/data-path.js";
import { DyadError } from "./core/errors.js";
import type { CodeOptions } from "./pipeline.js";

/** data/ folders that never change how articles are coded (the model is hashed as data/models). */
const NOT_CODING = new Set(["training"]);

let packageVersion: string | undefined;
const builtinHashes = new Map<string, string>();

/** The version string of the coder these options build (computed once per options set). */
export function coderVersion(opts: CodeOptions = {}): string {
  packageVersion ??= readPackageVersion();
  const hash = createHash("sha256");
  hash.update(builtinDataHash());
  hash.update(`\0model=${opts.model === false ? "off" : "on"}`);
  const userFiles = [
    ...(opts.actorsFiles ?? []).map((f) => ["actors", f] as const),
    ...(opts.dictionaries === undefined
      ? []
      : filesUnder(opts.dictionaries).map((f) => ["dictionaries", f] as const)),
    ...(typeof opts.model === "string" ? [["model", opts.model] as const] : []),
  ];
  for (const [kind, file] of userFiles) hash.update(`\0${kind}\0`).update(readOrThrow(file));
  return `dyad@${packageVersion}+${hash.digest("hex").slice(0, 12)}`;
}

function readPackageVersion(): string {
  const pkg = JSON.parse(readFileSync(dataPath("..", "package.json"), "utf8")) as {
    version?: unknown;
  };
  if (typeof pkg.version !== "string")
    throw new DyadError("package", "package.json has no version");
  return pkg.version;
}

/** Hash of the shipped tables, memoised: hashing ~3 MB takes a few ms, once per process. */
function builtinDataHash(): string {
  const root = dataPath();
  const cached = builtinHashes.get(root);
  if (cached !== undefined) return cached;
  const hash = createHash("sha256");
  for (const file of filesUnder(root)) {
    const rel = relative(root, file);
    if (NOT_CODING.has(rel.split(/[\\/]/)[0] ?? "") || /readme\.md$/i.test(rel)) continue;
    hash.update(`\0${rel}\0`).update(readOrThrow(file));
  }
  const digest = hash.digest("hex");
  builtinHashes.set(root, digest);
  return digest;
}

/** Every file under a directory (or the file itself), sorted so the hash is order-stable. */
function filesUnder(path: string): string[] {
  if (!statSync(path, { throwIfNoEntry: false })?.isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .filter((e) => !e.name.startsWith("."))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) => (e.isDirectory() ? filesUnder(join(path, e.name)) : [join(path, e.name)]));
}

function readOrThrow(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (cause) {
    throw new DyadError("coder-version", `cannot read ${file} to compute the coder version`, {
      cause,
    });
  }
}
