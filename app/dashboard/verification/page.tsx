import type { Metadata } from "next";
import { requirePageActor } from "@/components/auth/require-page-actor";
import { listMyVerificationDocuments } from "@/lib/verification/list-my-verification-documents";
import { formatBadgeDate } from "@/lib/verification/format";
import { KIND_LABELS } from "@/lib/verification/schemas";
import { DocumentStatusBadge } from "@/components/verification/document-status-badge";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { LocalDateTime } from "@/components/ui/local-time";
import { UploadDocumentForm } from "./_components/upload-document-form";

export const metadata: Metadata = { title: "Verification" };

export default async function VerificationPage() {
  const actor = await requirePageActor("/dashboard/verification");
  const documents = await listMyVerificationDocuments({ actor });

  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <PageHeader
        title="Verification"
        description="Send your ID, trade licence or insurance certificate. Once Hearth checks it, a badge with its expiry date shows on your profile and in search. Only you and Hearth staff can see the documents."
      />
      <Card className="mb-8 p-5">
        <UploadDocumentForm />
      </Card>
      <h2 className="mb-3 text-lg font-semibold">Your documents</h2>
      {documents.length === 0 ? (
        <EmptyState title="No documents yet" />
      ) : (
        <ul className="space-y-3" aria-label="Your documents">
          {documents.map((d) => (
            <li key={d.id}>
              <Card className="flex flex-wrap items-start justify-between gap-3 p-4" data-testid="my-document" data-document-id={d.id}>
                <div className="space-y-1 text-sm">
                  <p className="font-medium text-stone-900">
                    {KIND_LABELS[d.kind]} ·{" "}
                    <a href={d.fileUrl} className="text-brand-700 hover:underline" target="_blank" rel="noreferrer">
                      {d.fileName}
                    </a>
                  </p>
                  <p className="text-stone-500">
                    Sent <LocalDateTime iso={d.createdAt} zone="UTC" />
                  </p>
                  {d.status === "APPROVED" && d.expiresAt ? <p className="text-stone-700">Badge valid until {formatBadgeDate(d.expiresAt)}</p> : null}
                  {d.status === "EXPIRED" && d.expiresAt ? <p className="text-stone-700">Expired on {formatBadgeDate(d.expiresAt)}; send a current document.</p> : null}
                  {d.status === "REJECTED" && d.rejectionReason ? <p className="text-red-700" data-testid="rejection-reason">Not approved: {d.rejectionReason}</p> : null}
                </div>
                <DocumentStatusBadge status={d.status} />
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
