import { loadBountyAudience } from "../audience";
import { bountyMessages, bountyPath, type BountyEventType, type BountyMessage } from "../notification-content";
import { createNotification } from "../../notifications/create-notification";
import { composeEmail } from "../../notifications/templates/compose";
import { absoluteUrl } from "../../notifications/templates/links";
import type { Handler, HandlerContext } from "../../events/handler";
import type { StoredEvent } from "../../events/types";

/**
 * The email and in-app halves of every bounty event (who hears what: lib/bounties/notification-content.ts).
 * Separate handlers, so a failing mail provider never holds back the bell. One email and one
 * notification per (event, recipient), whatever the retries: the dedupe key names both.
 */

async function messagesFor<T extends BountyEventType>(event: StoredEvent<T>, ctx: HandlerContext): Promise<{ bountyId: string; messages: BountyMessage[] }> {
  const bountyId = (event.payload.data as { bountyId: string }).bountyId;
  const audience = await loadBountyAudience(ctx.db, bountyId);
  if (!audience) return { bountyId, messages: [] };
  const compose = bountyMessages[event.type] as (a: typeof audience, e: StoredEvent<T>, db: HandlerContext["db"]) => Promise<BountyMessage[]> | BountyMessage[];
  return { bountyId, messages: await compose(audience, event, ctx.db) };
}

const dedupeKey = (event: StoredEvent, userId: string) => `${event.type}:${event.id}:${userId}`;
/** "bounty.question_asked" → "bounty-question-asked": the notification catalogue's template naming. */
const templateOf = (type: string) => type.replace(/[._]/g, "-");

export function emailOnBountyEvent<T extends BountyEventType>(): Handler<T> {
  return async (event, ctx) => {
    const { bountyId, messages } = await messagesFor(event, ctx);
    for (const m of messages.filter((x) => x.email)) {
      const url = absoluteUrl(m.path ?? bountyPath(bountyId));
      await ctx.email.send({
        to: m.to.email,
        template: templateOf(event.type),
        dedupeKey: dedupeKey(event, m.to.id),
        ...composeEmail({ subject: m.title, heading: m.title, paragraphs: [`Hi ${m.to.name},`, m.body], action: { label: "Open the bounty", url } }),
      });
    }
  };
}

export function notifyOnBountyEvent<T extends BountyEventType>(): Handler<T> {
  return async (event, ctx) => {
    const { bountyId, messages } = await messagesFor(event, ctx);
    for (const m of messages) {
      await createNotification({ userId: m.to.id, type: event.type, dedupeKey: dedupeKey(event, m.to.id), title: m.title, body: m.body, link: m.path ?? bountyPath(bountyId) });
    }
  };
}
