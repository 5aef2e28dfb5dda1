import { notFound } from "next/navigation";
import { isAppError } from "@/lib/core/errors";

/**
 * A page's data, or Next's 404 page when the use case answers NOT_FOUND (which it also does for a
 * resource the actor may not see, so that ids cannot be probed). Other errors reach error.tsx.
 */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
