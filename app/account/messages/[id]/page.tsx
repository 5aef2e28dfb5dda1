import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/components/auth/require-page-actor";
import { ChatThread } from "@/components/messaging/chat-thread";
import { getConversation } from "@/lib/messaging/get-conversation";
import { listMessages } from "@/lib/messaging/list-messages";
import { orNotFound } from "@/components/pages/or-not-found";
import { PausedNotice } from "@/components/flags/paused-notice";

export const metadata: Metadata = { title: "Conversation" };

export default async function ConversationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(`/account/messages/${encodeURIComponent(id)}`);
  const loaded = await orNotFound(Promise.all([getConversation({ actor, conversationId: id }), listMessages({ actor, conversationId: id })]));
  const [conversation, page] = loaded;
  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
      <Link href="/account/messages" className="text-sm text-stone-500 hover:underline">
        ← All messages
      </Link>
      <PausedNotice flag="messaging" className="mt-4" />
      <div className="mt-4">
        <ChatThread key={conversation.id} conversation={conversation} initialMessages={page.data} initialCursor={page.nextCursor} />
      </div>
    </div>
  );
}
