import { Prisma } from "../core/db";

/**
 * Find-or-create for rows with a unique key (one conversation per booking, per inquiry pair): two
 * concurrent first visits both try to create, the unique index lets one win, the other reads it.
 */
export async function createOnce<T>(find: () => Promise<T | null>, create: () => Promise<T>): Promise<{ row: T; created: boolean }> {
  const existing = await find();
  if (existing) return { row: existing, created: false };
  try {
    return { row: await create(), created: true };
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    const winner = await find();
    if (!winner) throw error;
    return { row: winner, created: false };
  }
}
