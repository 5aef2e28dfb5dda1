import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/components/auth/require-page-actor";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { LocalDateTime } from "@/components/ui/local-time";
import { isAppError } from "@/lib/core/errors";
import { getDevMailboxMessage } from "@/lib/notifications/get-dev-mailbox-message";
import { ForbiddenNotice } from "../_components/forbidden-notice";

export const metadata: Metadata = { title: "Email" };

interface StoredAttachment {
  filename: string;
  type: string;
  content: string;
}

function attachmentsOf(value: unknown): StoredAttachment[] {
  if (!Array.isArray(value)) return [];
  return value.filter((a): a is StoredAttachment => typeof a?.filename === "string" && typeof a?.content === "string" && typeof a?.type === "string");
}

export default async function AdminEmailPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const { view } = await searchParams;
  const actor = await requirePageActor(`/admin/emails/${id}`);
  let email;
  try {
    email = await getDevMailboxMessage({ actor, id });
  } catch (error) {
    if (isAppError(error) && error.code === "FORBIDDEN") return <ForbiddenNotice />;
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const showText = view === "text" || !email.html;
  const attachments = attachmentsOf(email.attachments);

  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
      <ButtonLink href="/admin/emails" variant="ghost" size="sm" className="mb-4">
        ← Mailbox
      </ButtonLink>
      <Card className="p-5">
        <h1 className="text-xl font-semibold text-stone-900">{email.subject}</h1>
        <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-stone-500">To</dt>
          <dd className="text-stone-800">{email.to}</dd>
          <dt className="text-stone-500">Sent</dt>
          <dd className="text-stone-800">
            <LocalDateTime iso={email.createdAt.toISOString()} zone="UTC" />
          </dd>
          <dt className="text-stone-500">Template</dt>
          <dd className="text-stone-800">{email.template}</dd>
          <dt className="text-stone-500">Transport</dt>
          <dd>
            <Badge tone={email.transport === "sendgrid" ? "info" : "neutral"}>{email.transport}</Badge>
            {email.providerMessageId ? <span className="ml-2 font-mono text-xs text-stone-500">{email.providerMessageId}</span> : null}
          </dd>
          <dt className="text-stone-500">Dedupe key</dt>
          <dd className="font-mono text-xs break-all text-stone-600">{email.dedupeKey}</dd>
          {attachments.length ? (
            <>
              <dt className="text-stone-500">Attachments</dt>
              <dd className="flex flex-wrap gap-2">
                {attachments.map((a) => (
                  <a key={a.filename} href={`data:${a.type};base64,${a.content}`} download={a.filename} className="text-brand-700 underline hover:text-brand-800">
                    {a.filename}
                  </a>
                ))}
              </dd>
            </>
          ) : null}
        </dl>
      </Card>

      <nav aria-label="Format" className="mt-6 mb-2 flex gap-1 text-sm">
        {email.html ? (
          <ButtonLink href={`/admin/emails/${email.id}`} variant={showText ? "ghost" : "secondary"} size="sm" aria-current={showText ? undefined : "page"}>
            HTML
          </ButtonLink>
        ) : null}
        <ButtonLink href={`/admin/emails/${email.id}?view=text`} variant={showText ? "secondary" : "ghost"} size="sm" aria-current={showText ? "page" : undefined}>
          Text
        </ButtonLink>
      </nav>

      {showText ? (
        <pre className="overflow-x-auto rounded-xl border border-stone-200 bg-white p-5 text-sm whitespace-pre-wrap text-stone-800">{email.text}</pre>
      ) : (
        // An empty sandbox: the email's html can neither run scripts nor reach this page, its cookies or forms.
        <iframe title={`Email: ${email.subject}`} sandbox="" srcDoc={email.html} className="h-[70vh] w-full rounded-xl border border-stone-200 bg-white" />
      )}
    </div>
  );
}
