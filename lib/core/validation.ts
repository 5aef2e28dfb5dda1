import { z } from "zod";
import { AppError } from "./errors";

/** Field errors keyed by dotted path, the shape forms and API clients both read. */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/**
 * Parses input against a zod schema, turning failures into a 422 with field details. Text with a
 * NUL character is refused for every schema at once: PostgreSQL cannot store it in text columns.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new AppError("VALIDATION_FAILED", "Some fields are invalid", { fields: fieldErrors(result.error) });
  }
  const withNul = pathsWithNul(result.data);
  if (withNul.length) {
    throw new AppError("VALIDATION_FAILED", "Some fields are invalid", { fields: Object.fromEntries(withNul.map((path) => [path, ["Must not contain NUL characters"]])) });
  }
  return result.data;
}

/** Dotted paths of the strings that hold a NUL character, in plain objects and arrays. */
function pathsWithNul(value: unknown, path: string[] = []): string[] {
  if (typeof value === "string") return value.includes("\0") ? [path.join(".") || "_"] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => pathsWithNul(item, [...path, String(i)]));
  if (value && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.entries(value).flatMap(([key, item]) => pathsWithNul(item, [...path, key]));
  }
  return [];
}

/**
 * `parseInput` for a GET's query string: a parameter that cannot be read makes the request itself
 * malformed, so it is a 400 (not a 422 about submitted fields), with the same field details.
 */
export function parseQuery<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  try {
    return parseInput(schema, input);
  } catch (error) {
    if (error instanceof AppError && error.code === "VALIDATION_FAILED") throw new AppError("BAD_REQUEST", "Some query parameters are invalid", error.details);
    throw error;
  }
}
