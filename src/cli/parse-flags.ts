/**
 * Validation of numeric and list flags shared by the CLI commands; bad values are UsageErrors
 * (exit status 2).
 */
import { UsageError } from "../core/errors.js";

/** Parses an integer flag in [min, max]. */
export function integerFlag(name: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max)
    throw new UsageError(`${name} must be an integer in [${min}, ${max}], got ${value}`);
  return n;
}

/** Parses a number flag in [min, max]. */
export function numberFlag(name: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^-?\d*\.?\d+$/.test(value) || n < min || n > max)
    throw new UsageError(`${name} must be a number in [${min}, ${max}], got ${value}`);
  return n;
}

/** Splits a comma-separated list flag and checks every member against the allowed values. */
export function listFlag<T extends string>(
  name: string,
  value: string,
  allowed: readonly T[],
  normalise: (s: string) => string = (s) => s,
): T[] {
  const items = value
    .split(",")
    .map((s) => normalise(s.trim()))
    .filter((s) => s !== "");
  for (const item of items) {
    if (!(allowed as readonly string[]).includes(item))
      throw new UsageError(`${name}: unknown value ${item}; expected one of ${allowed.join(", ")}`);
  }
  if (items.length === 0) throw new UsageError(`${name} needs a value`);
  return items as T[];
}

/** Checks one value against the allowed ones. */
export function choiceFlag<T extends string>(
  name: string,
  value: string,
  allowed: readonly T[],
): T {
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`unknown ${name} ${value}; expected one of ${allowed.join(", ")}`);
  return value as T;
}
