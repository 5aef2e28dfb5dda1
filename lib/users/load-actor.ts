import { db } from "../core/db";
import type { Actor } from "../core/auth/actor";

/** Fresh role and provider id for a session's user; a disabled or deleted account has no actor. */
export async function loadActor(userId: string): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, role: true, isSuperAdmin: true, disabledAt: true, providerProfile: { select: { id: true } } },
  });
  if (!user || user.disabledAt) return null;
  return { userId: user.id, role: user.role, isSuperAdmin: user.isSuperAdmin, providerId: user.providerProfile?.id ?? null };
}
