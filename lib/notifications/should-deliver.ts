import type { Db, Tx } from "../core/db";
import { isTransactionalEmail } from "./notification-types";

export type NotificationChannel = "email" | "inApp";

export interface ChannelPreference {
  email: boolean;
  inApp: boolean;
}

/** No row means both channels on: a new user hears about everything until they say otherwise. */
export const DEFAULT_PREFERENCE: ChannelPreference = Object.freeze({ email: true, inApp: true });

export interface DeliveryDecisionInput {
  /** null: not a preference-routed message (e.g. an email to an address with no account). */
  type: string | null;
  channel: NotificationChannel;
  /** The user's row for this type, or null when they never changed it. */
  preference: ChannelPreference | null;
}

/** The routing rule, pure: transactional email always goes; otherwise the row, else the default. */
export function shouldDeliver({ type, channel, preference }: DeliveryDecisionInput): boolean {
  if (type === null) return true;
  if (channel === "email" && isTransactionalEmail(type)) return true;
  return (preference ?? DEFAULT_PREFERENCE)[channel];
}

export async function loadChannelPreference(client: Db | Tx, { userId, type }: { userId: string; type: string }): Promise<ChannelPreference | null> {
  return client.notificationPreference.findUnique({
    where: { userId_type: { userId, type } },
    select: { email: true, inApp: true },
  });
}

/** The loader: reads the user's preference row and applies shouldDeliver. */
export async function shouldDeliverTo(
  client: Db | Tx,
  { userId, type, channel }: { userId: string; type: string | null; channel: NotificationChannel },
): Promise<boolean> {
  if (type === null) return true;
  if (channel === "email" && isTransactionalEmail(type)) return true;
  return shouldDeliver({ type, channel, preference: await loadChannelPreference(client, { userId, type }) });
}
