import type { Tx } from "../core/db";
import { recordEvent } from "../events/record-event";
import type { AccountStatus } from "../payments/account-status";

export type { AccountStatus } from "../payments/account-status";

/**
 * Writes what the processor says about a provider's payout account, in the caller's transaction
 * (the onboarding return, a status refresh, or the account.updated webhook). The caller holds the
 * provider row (SELECT … FOR UPDATE) so that two concurrent refreshes cannot both see "false" and
 * both emit. provider.payouts_enabled is recorded only on the false → true flip, so repeating a
 * refresh, or a webhook racing the return URL, emits it once.
 */
export async function applyAccountStatus(
  tx: Tx,
  { providerId, previous, next, actorId }: { providerId: string; previous: AccountStatus; next: AccountStatus; actorId: string | null },
): Promise<{ changed: boolean; enabledNow: boolean }> {
  const changed = previous.detailsSubmitted !== next.detailsSubmitted || previous.payoutsEnabled !== next.payoutsEnabled;
  if (!changed) return { changed: false, enabledNow: false };
  await tx.providerProfile.update({ where: { id: providerId }, data: { detailsSubmitted: next.detailsSubmitted, payoutsEnabled: next.payoutsEnabled } });
  await tx.auditLog.create({
    data: {
      actorId,
      action: "provider.payout_account_updated",
      entityType: "ProviderProfile",
      entityId: providerId,
      data: { previous: { ...previous }, next: { ...next } },
    },
  });
  const enabledNow = !previous.payoutsEnabled && next.payoutsEnabled;
  if (enabledNow) {
    await recordEvent(tx, { type: "provider.payouts_enabled", actorId, entity: { type: "ProviderProfile", id: providerId }, data: { providerId } });
  }
  return { changed, enabledNow };
}
