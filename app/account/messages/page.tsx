import type { Metadata } from "next";
import { requirePageActor } from "@/components/auth/require-page-actor";
import { ConversationList } from "@/components/messaging/conversation-list";
import { PageHeader } from "@/components/ui/card";
import type { Actor } from "@/lib/core/auth/actor";
import { listConversations } from "@/lib/messaging/list-conversations";

export const metadata: Metadata = { title: "Messages" };

/** The inbox and when it was read: the client's cache keeps whichever copy is newer. */
async function loadInbox(actor: Actor) {
  const inbox = await listConversations({ actor });
  return { ...inbox, renderedAt: Date.now() };
}

/** Everyone's inbox: customers and providers alike (a provider's customers write here too). */
export default async function MessagesPage() {
  const actor = await requirePageActor("/account/messages");
  const { data, totalUnread, renderedAt } = await loadInbox(actor);
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <PageHeader title="Messages" description={totalUnread > 0 ? `${totalUnread} unread` : "You're all caught up."} />
      <ConversationList initial={{ data, totalUnread }} renderedAt={renderedAt} viewerId={actor.userId} />
    </div>
  );
}
