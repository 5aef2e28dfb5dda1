/**
 * PostgreSQL aborts one of two transactions that wait on each other (deadlock_detected, 40P01) or
 * that cannot be serialized (40001); Prisma reports both as P2034. Two bookings inserted at the same
 * instant over the same time can do this: each sees the other's uncommitted row through the
 * exclusion constraint and waits for it. The aborted transaction rolled back as a whole, so running
 * it again is safe, and the second run sees the winner's committed row and refuses cleanly.
 */
export function isWriteConflict(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === "P2034" || (typeof message === "string" && /\b(40P01|40001)\b|deadlock detected/.test(message));
}

/** Runs `transaction` again (up to `attempts` times in all) when PostgreSQL aborted it for a write conflict. */
export async function retryOnWriteConflict<T>(transaction: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await transaction();
    } catch (error) {
      if (attempt >= attempts || !isWriteConflict(error)) throw error;
    }
  }
}
