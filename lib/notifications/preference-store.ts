import type { Tx } from "../core/db";
import { DEFAULT_PREFERENCE, type ChannelPreference } from "./should-deliver";

export interface PreferenceChange {
  type: string;
  from: ChannelPreference;
  to: ChannelPreference;
}

/**
 * Sets one type's channels for one user, keeping the channel not given; a row is written only
 * when something changes, so re-saving (or a second unsubscribe click) leaves no trace. Returns the
 * change, or null when there was none.
 */
export async function savePreference(
  tx: Tx,
  { userId, type, ...patch }: { userId: string; type: string } & Partial<ChannelPreference>,
): Promise<PreferenceChange | null> {
  const row = await tx.notificationPreference.findUnique({ where: { userId_type: { userId, type } }, select: { email: true, inApp: true } });
  const from = row ?? DEFAULT_PREFERENCE;
  const to = { email: patch.email ?? from.email, inApp: patch.inApp ?? from.inApp };
  if (to.email === from.email && to.inApp === from.inApp) return null;
  await tx.notificationPreference.upsert({
    where: { userId_type: { userId, type } },
    create: { userId, type, ...to },
    update: to,
  });
  return { type, from: { email: from.email, inApp: from.inApp }, to };
}

export function preferenceAudit(actorId: string, userId: string, action: string, changes: PreferenceChange[]) {
  return { actorId, action, entityType: "User", entityId: userId, data: { changes } as object };
}
