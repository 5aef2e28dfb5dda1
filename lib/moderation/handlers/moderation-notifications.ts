import { createNotification } from "../../notifications/create-notification";
import { composeEmail } from "../../notifications/templates/compose";
import { absoluteUrl } from "../../notifications/templates/links";
import type { Handler } from "../../events/handler";
import type { DomainEventPayloads, DomainEventType, StoredEvent } from "../../events/types";
import { KIND_LABELS } from "../schemas";

/**
 * What moderation tells people, after commit, once per effect (dedupe keys name the event and the
 * recipient, so a hide, a restore and a second hide of one thing each notify once):
 * - each reporter whose report a hide or a dismissal resolved, in the bell;
 * - the author when their content is hidden or restored, in the bell and by email.
 * Reviews, messages, bounties and profiles share these handlers (lib/subscriptions.ts).
 */
type Decision = { [T in DomainEventType]: DomainEventPayloads[T] extends { authorId: string; reportIds: string[] } ? T : never }[DomainEventType];
type Reported = "message.reported" | "bounty.reported" | "provider.reported";

const QUEUE_PATH = "/admin/moderation";

export const notifyReportersOnResolution: Handler<Decision> = async (event, ctx) => {
  const { kind, reportIds } = event.payload.data;
  if (event.type.endsWith(".restored") || reportIds.length === 0) return;
  const hidden = event.type.endsWith(".hidden");
  const reports = await ctx.db.contentReport.findMany({ where: { id: { in: reportIds } }, select: { id: true, reporterId: true } });
  const label = KIND_LABELS[kind];
  for (const report of reports) {
    await createNotification({
      userId: report.reporterId,
      type: "moderation.report_resolved",
      dedupeKey: `${event.type}:${report.id}:reporter`,
      title: hidden ? `The ${label} you reported was removed` : `We reviewed the ${label} you reported`,
      body: hidden
        ? `Thanks for your report. A moderator agreed and took the ${label} down.`
        : `Thanks for your report. A moderator looked at the ${label} and decided it can stay up.`,
    });
  }
};

function authorMessage(event: StoredEvent<Decision>) {
  const { kind, note } = event.payload.data;
  const label = KIND_LABELS[kind];
  const hidden = event.type.endsWith(".hidden");
  return {
    type: hidden ? "moderation.content_hidden" : "moderation.content_restored",
    title: hidden ? `Your ${label} was removed by a moderator` : `Your ${label} was restored`,
    body: hidden
      ? `After reports from other members, a moderator hid your ${label}.${note ? ` Note: ${note}` : ""} Reply to this email if you think it was a mistake.`
      : `A moderator looked again and put your ${label} back.`,
  } as const;
}

export const notifyAuthorOnModeration: Handler<Decision> = async (event) => {
  if (event.type.endsWith(".reports_dismissed")) return;
  const { authorId } = event.payload.data;
  const message = authorMessage(event);
  await createNotification({ userId: authorId, type: message.type, dedupeKey: `${event.type}:${event.id}:author`, title: message.title, body: message.body });
};

export const emailAuthorOnModeration: Handler<Decision> = async (event, ctx) => {
  if (event.type.endsWith(".reports_dismissed")) return;
  const author = await ctx.db.user.findUnique({ where: { id: event.payload.data.authorId }, select: { id: true, email: true, name: true, disabledAt: true, deletedAt: true } });
  if (!author || author.disabledAt || author.deletedAt) return;
  const message = authorMessage(event);
  await ctx.email.send({
    to: author.email,
    userId: author.id,
    template: message.type.replace(/[._]/g, "-"),
    // About the member's standing, like account email: always sent, no unsubscribe link.
    preferenceType: null,
    dedupeKey: `${event.type}:${event.id}:author`,
    ...composeEmail({ subject: message.title, heading: message.title, paragraphs: [`Hi ${author.name},`, message.body], action: { label: "Open Hearth", url: absoluteUrl("/") } }),
  });
};

/** Every admin hears of a report in the bell, linking to the queue (reviews have review.reported's own). */
export const notifyAdminsOnContentReported: Handler<Reported> = async (event, ctx) => {
  const { kind, reportId } = event.payload.data;
  const report = await ctx.db.contentReport.findUnique({ where: { id: reportId }, select: { reason: true } });
  if (!report) return;
  const admins = await ctx.db.user.findMany({ where: { role: "ADMIN" }, select: { id: true } });
  for (const admin of admins) {
    await createNotification({
      userId: admin.id,
      type: "moderation.content_reported",
      dedupeKey: `${event.type}:${reportId}:${admin.id}`,
      title: `A ${KIND_LABELS[kind]} was reported`,
      body: report.reason,
      link: `${QUEUE_PATH}?kind=${kind}`,
    });
  }
};
