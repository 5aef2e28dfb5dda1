import { createNotification } from "../../notifications/create-notification";
import { composeEmail } from "../../notifications/templates/compose";
import { absoluteUrl } from "../../notifications/templates/links";
import type { Handler, HandlerContext } from "../../events/handler";
import type { DomainEventPayloads, StoredEvent } from "../../events/types";
import { badgeLabel, formatBadgeDate } from "../format";
import { KIND_LABELS } from "../schemas";

/**
 * What a provider hears about their documents, in the bell and by email. One notification and one
 * email per (event, document), whatever the retries: the dedupe key names both. The 14-day warning
 * is one event per document (warnExpiringVerificationBadges), so it reaches the provider once.
 */
type ProviderEventType = "verification.approved" | "verification.rejected" | "verification.expiring" | "verification.expired";

const DOCUMENTS_PATH = "/dashboard/verification";

interface Message {
  title: string;
  body: string;
}

const messages: { [T in ProviderEventType]: (data: DomainEventPayloads[T], reason: string | null) => Message } = {
  "verification.approved": (d) => ({
    title: `${badgeLabel(d.kind)}`,
    body: `Your ${KIND_LABELS[d.kind].toLowerCase()} document was approved. The badge shows on your profile until ${formatBadgeDate(d.expiresAt)}.`,
  }),
  "verification.rejected": (d, reason) => ({
    title: `${KIND_LABELS[d.kind]} document not approved`,
    body: `Your ${KIND_LABELS[d.kind].toLowerCase()} document was not approved${reason ? `: ${reason}` : "."} You can upload another one.`,
  }),
  "verification.expiring": (d) => ({
    title: `Your ${KIND_LABELS[d.kind].toLowerCase()} badge expires on ${formatBadgeDate(d.expiresAt)}`,
    body: `Upload a current ${KIND_LABELS[d.kind].toLowerCase()} document before ${formatBadgeDate(d.expiresAt)} to keep the badge on your profile.`,
  }),
  "verification.expired": (d) => ({
    title: `Your ${KIND_LABELS[d.kind].toLowerCase()} badge has expired`,
    body: `The ${badgeLabel(d.kind).toLowerCase()} badge is no longer on your profile. Upload a current document to get it back.`,
  }),
};

async function loadRecipient<T extends ProviderEventType>(event: StoredEvent<T>, ctx: HandlerContext) {
  const { documentId, providerId } = event.payload.data;
  const [provider, document] = await Promise.all([
    ctx.db.providerProfile.findUnique({ where: { id: providerId }, select: { user: { select: { id: true, email: true, name: true, disabledAt: true } } } }),
    ctx.db.verificationDocument.findUnique({ where: { id: documentId }, select: { rejectionReason: true } }),
  ]);
  if (!provider || !document || provider.user.disabledAt) return null;
  return { user: provider.user, message: messages[event.type](event.payload.data as never, document.rejectionReason) };
}

const dedupeKey = (event: StoredEvent, documentId: string) => `${event.type}:${documentId}:provider`;

export function emailProviderOnVerificationEvent<T extends ProviderEventType>(): Handler<T> {
  return async (event, ctx) => {
    const found = await loadRecipient(event, ctx);
    if (!found) return;
    const { user, message } = found;
    await ctx.email.send({
      to: user.email,
      userId: user.id,
      template: event.type.replace(/[._]/g, "-"),
      dedupeKey: dedupeKey(event, event.payload.data.documentId),
      ...composeEmail({ subject: message.title, heading: message.title, paragraphs: [`Hi ${user.name},`, message.body], action: { label: "Your documents", url: absoluteUrl(DOCUMENTS_PATH) } }),
    });
  };
}

export function notifyProviderOnVerificationEvent<T extends ProviderEventType>(): Handler<T> {
  return async (event, ctx) => {
    const found = await loadRecipient(event, ctx);
    if (!found) return;
    await createNotification({ userId: found.user.id, type: event.type, dedupeKey: dedupeKey(event, event.payload.data.documentId), ...found.message, link: DOCUMENTS_PATH });
  };
}

/** Every admin hears of a new document in the bell, linking to the queue (in-app only: the queue is the record). */
export const notifyAdminsOnDocumentUploaded: Handler<"verification.document_uploaded"> = async (event, ctx) => {
  const { documentId, providerId, kind } = event.payload.data;
  const provider = await ctx.db.providerProfile.findUnique({ where: { id: providerId }, select: { businessName: true } });
  if (!provider) return;
  const admins = await ctx.db.user.findMany({ where: { role: "ADMIN", disabledAt: null }, select: { id: true } });
  for (const admin of admins) {
    await createNotification({
      userId: admin.id,
      type: event.type,
      dedupeKey: `${event.type}:${documentId}:${admin.id}`,
      title: `${KIND_LABELS[kind]} document to review`,
      body: `${provider.businessName} sent a ${KIND_LABELS[kind].toLowerCase()} document for verification.`,
      link: "/admin/verification",
    });
  }
};
