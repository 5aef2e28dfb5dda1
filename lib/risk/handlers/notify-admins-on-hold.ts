import type { Handler } from "../../events/handler";
import { createNotification } from "../../notifications/create-notification";

const QUEUE_PATH = "/admin/risk";

/** Every admin hears that a held bounty or payout waits for a decision: a hold nobody sees is a stuck customer. */
export const notifyAdminsOnHoldCreated: Handler<"risk.hold_created"> = async (event, ctx) => {
  const { assessmentId, subjectKind, score } = event.payload.data;
  const noun = subjectKind === "BOUNTY" ? "bounty" : "payout";
  const admins = await ctx.db.user.findMany({ where: { role: "ADMIN", disabledAt: null }, select: { id: true } });
  for (const admin of admins) {
    await createNotification({
      userId: admin.id,
      type: event.type,
      dedupeKey: `${event.type}:${assessmentId}:${admin.id}`,
      title: `A ${noun} waits for a risk review`,
      body: `A new ${noun} scored ${score} of 100 and is held until an admin approves or rejects it.`,
      link: QUEUE_PATH,
    });
  }
};
