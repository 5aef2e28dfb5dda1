import type { Metadata } from "next";
import Link from "next/link";
import { isAppError } from "@/lib/core/errors";
import { listPendingVerificationDocuments } from "@/lib/verification/list-pending-verification-documents";
import { KIND_LABELS } from "@/lib/verification/schemas";
import { requirePageActor } from "@/components/auth/require-page-actor";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { LocalDateTime } from "@/components/ui/local-time";
import { ReviewForms } from "./_components/review-forms";

export const metadata: Metadata = { title: "Verification queue" };

const kilobytes = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} KB`;

export default async function AdminVerificationPage() {
  const actor = await requirePageActor("/admin/verification");
  let queue;
  try {
    queue = await listPendingVerificationDocuments({ actor });
  } catch (error) {
    if (isAppError(error) && error.code === "FORBIDDEN") {
      return (
        <div className="mx-auto max-w-xl px-4 py-16">
          <Alert tone="error" title="Admins only">
            Verification documents are identity papers: only Hearth staff review them.
          </Alert>
        </div>
      );
    }
    throw error;
  }

  return (
    <div className="mx-auto max-w-5xl px-4 py-10 sm:px-6">
      <PageHeader title="Verification queue" description="Documents awaiting review, oldest first. Approve with the expiry printed on the document, or reject with a reason the provider is told." />
      {queue.length === 0 ? (
        <EmptyState title="Nothing to review" />
      ) : (
        <ul className="space-y-4">
          {queue.map((d) => (
            <li key={d.id}>
              <Card className="space-y-4 p-5" data-testid="verification-item" data-document-id={d.id} data-provider-slug={d.provider.slug}>
                <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
                  <p className="text-stone-700">
                    <Link href={`/providers/${d.provider.slug}`} className="font-medium text-brand-700 hover:underline">
                      {d.provider.businessName}
                    </Link>{" "}
                    sent <LocalDateTime iso={d.createdAt} zone="UTC" />
                  </p>
                  <Badge tone="info">{KIND_LABELS[d.kind]}</Badge>
                </div>
                <p className="text-sm">
                  <a href={d.fileUrl} target="_blank" rel="noreferrer" className="font-medium text-brand-700 hover:underline" data-testid="document-file-link">
                    Open {d.fileName}
                  </a>{" "}
                  <span className="text-stone-500">
                    ({d.contentType}, {kilobytes(d.sizeBytes)})
                  </span>
                </p>
                <ReviewForms documentId={d.id} />
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
