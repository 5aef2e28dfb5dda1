import { DateTime } from "luxon";
import type { Handler, HandlerContext } from "../../events/handler";
import type { Db } from "../../core/db";
import { createNotification } from "../../notifications/create-notification";
import { composeEmail } from "../../notifications/templates/compose";
import { formatTimeRange } from "../../notifications/templates/format";
import { absoluteUrl } from "../../notifications/templates/links";

export const holdPath = (holdId: string) => `/account/waitlist/holds/${encodeURIComponent(holdId)}`;

async function loadOffer(client: Db, holdId: string) {
  return client.slotHold.findUnique({
    where: { id: holdId },
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      expiresAt: true,
      entry: {
        select: {
          customer: { select: { id: true, name: true, email: true } },
          service: { select: { name: true, provider: { select: { businessName: true, timeZone: true } } } },
        },
      },
    },
  });
}

function wording(offer: NonNullable<Awaited<ReturnType<typeof loadOffer>>>) {
  const { service } = offer.entry;
  const when = formatTimeRange(offer.startsAt, offer.endsAt, service.provider.timeZone);
  const until = DateTime.fromJSDate(offer.expiresAt, { zone: service.provider.timeZone }).toFormat("h:mm a ZZZZ");
  return { when, until, title: `A time opened up: ${service.name} with ${service.provider.businessName}` };
}

export const emailCustomerOnWaitlistOffer: Handler<"waitlist.offered"> = async (event, ctx: HandlerContext) => {
  const offer = await loadOffer(ctx.db, event.payload.data.holdId);
  if (!offer) return;
  const { when, until, title } = wording(offer);
  await ctx.email.send({
    to: offer.entry.customer.email,
    template: "waitlist-offer",
    dedupeKey: `waitlist.offered:${offer.id}:customer`,
    ...composeEmail({
      subject: title,
      heading: "A time you were waiting for is free",
      paragraphs: [
        `Hi ${offer.entry.customer.name}, ${offer.entry.service.provider.businessName} has ${when} free for ${offer.entry.service.name}.`,
        `It is held for you alone until ${until}. After that it goes to the next person on the waitlist.`,
      ],
      action: { label: "Book this time", url: absoluteUrl(holdPath(offer.id)) },
    }),
  });
};

export const notifyCustomerOnWaitlistOffer: Handler<"waitlist.offered"> = async (event, ctx: HandlerContext) => {
  const offer = await loadOffer(ctx.db, event.payload.data.holdId);
  if (!offer) return;
  const { when, until, title } = wording(offer);
  await createNotification({
    userId: offer.entry.customer.id,
    type: "waitlist.offered",
    dedupeKey: `waitlist.offered:${offer.id}:customer`,
    title,
    body: `${when}, held for you until ${until}.`,
    link: holdPath(offer.id),
  });
};
