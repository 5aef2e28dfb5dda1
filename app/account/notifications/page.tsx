import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/components/auth/require-page-actor";
import { MarkReadSubmit } from "@/components/notifications/mark-read-submit";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { LocalDateTime } from "@/components/ui/local-time";
import { countUnreadNotifications } from "@/lib/notifications/count-unread-notifications";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { markNotificationsReadFromForm } from "./actions";
import { NotificationFilters, parseNotificationFilters, filtersQuery } from "./_components/notification-filters";

export const metadata: Metadata = { title: "Notifications" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function NotificationsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor("/account/notifications");
  const params = await searchParams;
  const cursor = typeof params.cursor === "string" && params.cursor ? params.cursor : undefined;
  const filters = parseNotificationFilters(params);
  const { unreadOnly } = filters;
  const filtered = unreadOnly || Boolean(filters.category) || Boolean(filters.type);
  const [{ data: notifications, nextCursor }, unread] = await Promise.all([
    listNotifications({ actor, cursor, limit: 20, ...filters }),
    countUnreadNotifications({ actor }),
  ]);
  const base = `/account/notifications${filtersQuery(filters)}`;

  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <PageHeader
        title="Notifications"
        description={unread > 0 ? `${unread} unread` : "You're all caught up."}
        actions={
          <div className="flex items-center gap-2">
            {unread > 0 ? (
              <form action={markNotificationsReadFromForm}>
                <input type="hidden" name="all" value="true" />
                <MarkReadSubmit>Mark all as read</MarkReadSubmit>
              </form>
            ) : null}
            <ButtonLink href="/account/settings/notifications" variant="ghost" size="sm">
              Settings
            </ButtonLink>
          </div>
        }
      />

      <NotificationFilters filters={filters} />

      {notifications.length === 0 ? (
        <EmptyState title={cursor ? "No more notifications" : unreadOnly ? "No unread notifications" : filtered ? "No notifications match" : "No notifications yet"}>
          Booking requests, confirmations and other updates will show up here.
        </EmptyState>
      ) : (
        <ul className="divide-y divide-stone-200 overflow-hidden rounded-xl border border-stone-200 bg-white shadow-sm">
          {notifications.map((n) => (
            <li key={n.id} data-testid="notification" data-read={n.readAt ? "true" : "false"} className={cn("flex items-start gap-4 p-4", !n.readAt && "bg-brand-50/40")}>
              <span aria-hidden="true" className={cn("mt-2 size-2 shrink-0 rounded-full", n.readAt ? "bg-transparent" : "bg-brand-600")} />
              <div className="min-w-0 flex-1">
                <p className={cn("text-stone-900", !n.readAt && "font-semibold")}>
                  {n.link ? (
                    <Link href={n.link} className="hover:underline">
                      {n.title}
                    </Link>
                  ) : (
                    n.title
                  )}
                  {!n.readAt ? <span className="sr-only"> (unread)</span> : null}
                </p>
                {n.body ? <p className="mt-0.5 text-sm text-stone-600">{n.body}</p> : null}
                <p className="mt-1 text-xs text-stone-500">
                  <LocalDateTime iso={n.createdAt.toISOString()} zone="UTC" />
                </p>
              </div>
              {!n.readAt ? (
                <form action={markNotificationsReadFromForm}>
                  <input type="hidden" name="id" value={n.id} />
                  <MarkReadSubmit variant="ghost">Mark read</MarkReadSubmit>
                </form>
              ) : null}
            </li>
          ))}
        </ul>
      )}

      {cursor || nextCursor ? (
        <nav aria-label="Pagination" className="mt-6 flex justify-between">
          {cursor ? (
            <ButtonLink href={base} variant="ghost">
              ← Newest
            </ButtonLink>
          ) : (
            <span />
          )}
          {nextCursor ? (
            <ButtonLink href={`${base}${base.includes("?") ? "&" : "?"}cursor=${encodeURIComponent(nextCursor)}`} variant="secondary" rel="next">
              Older →
            </ButtonLink>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
