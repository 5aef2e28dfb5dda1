import { db } from "@/lib/core/db";

/**
 * Who the mocked next-auth session says is signed in. The token's session version is the user's
 * current one, so a password change during the matrix keeps its owner signed in, as a fresh
 * sign-in would.
 */
let userId: string | null = null;

export function signInAs(id: string | null): void {
  userId = id;
}

export async function currentSession() {
  if (!userId) return null;
  const user = await db.user.findUnique({ where: { id: userId }, select: { sessionVersion: true } });
  return { user: { id: userId, sv: user?.sessionVersion ?? 0 } };
}
