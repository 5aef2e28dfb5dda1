import { db } from "../db";
import type { Actor } from "./actor";

/**
 * Fresh role and provider id for a session's user; a disabled or deleted account has no actor, and
 * neither has a session from before the last password reset or change (`sessionVersion` is the
 * one its token carries; omitted, e.g. for internal lookups, it is not checked).
 */
export async function loadActor(userId: string, { sessionVersion }: { sessionVersion?: number } = {}): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, role: true, isSuperAdmin: true, disabledAt: true, sessionVersion: true, providerProfile: { select: { id: true } } },
  });
  if (!user || user.disabledAt) return null;
  if (sessionVersion !== undefined && sessionVersion !== user.sessionVersion) return null;
  return { userId: user.id, role: user.role, isSuperAdmin: user.isSuperAdmin, providerId: user.providerProfile?.id ?? null };
}
