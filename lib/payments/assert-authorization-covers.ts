import type { Tx } from "../core/db";
import { env } from "../core/env";
import { AppError } from "../core/errors";
import { authorizationCoversCapture } from "./authorization-window";

/**
 * A booking whose card is already authorized cannot move to a time its authorization will not
 * last until: the capture on completion would fail and the provider go unpaid. (A card only saved
 * is authorized shortly before the new start anyway.) 409, so the customer can cancel and rebook.
 */
export async function assertAuthorizationCovers(tx: Tx, { bookingId, end }: { bookingId: string; end: Date }): Promise<void> {
  const payment = await tx.payment.findUnique({ where: { bookingId }, select: { status: true, authorizedAt: true, authorizationExpiresAt: true } });
  if (payment?.status !== "AUTHORIZED" || !payment.authorizedAt) return;
  const completionWindowMs = env.BOOKING_AUTO_COMPLETE_HOURS * 3_600_000;
  if (authorizationCoversCapture({ authorizedAt: payment.authorizedAt.getTime(), end: end.getTime(), completionWindowMs })) return;
  throw new AppError("INVALID_STATE", "The payment hold on your card doesn't last until that date. Choose an earlier time, or cancel and book again.", {
    reason: "AUTHORIZATION_WOULD_LAPSE",
    authorizationExpiresAt: payment.authorizationExpiresAt?.toISOString() ?? null,
  });
}
