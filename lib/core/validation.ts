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

/** Parses input against a zod schema, turning failures into a 422 with field details. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new AppError("VALIDATION_FAILED", "Some fields are invalid", { fields: fieldErrors(result.error) });
  }
  return result.data;
}
