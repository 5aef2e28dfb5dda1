"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

/** Posts one file to the evidence route (the server decides its type by its bytes). */
export function EvidenceForm({ disputeId }: { disputeId: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const file = (formElement.elements.namedItem("file") as HTMLInputElement).files?.[0];
    if (!file) return setError("Choose a file");
    setError(null);
    setPending(true);
    const body = new FormData();
    body.set("file", file);
    const response = await fetch(`/api/disputes/${encodeURIComponent(disputeId)}/evidence`, { method: "POST", body }).catch(() => null);
    setPending(false);
    if (!response?.ok) {
      const answer = (await response?.json().catch(() => null)) as { error?: { message?: string } } | null;
      return setError(answer?.error?.message ?? "The upload failed. Please try again.");
    }
    formElement.reset();
    router.refresh();
  }
  return (
    <form onSubmit={onSubmit} className="space-y-3" aria-label="Attach evidence" data-testid="dispute-evidence-form">
      <Field id="dispute-evidence" label="Add evidence" hint="A photo (JPEG, PNG, WebP, GIF) or a PDF, up to 10 MB." error={error ?? undefined}>
        <input id="dispute-evidence" name="file" type="file" accept="image/jpeg,image/png,image/webp,image/gif,application/pdf" className="block text-sm" />
      </Field>
      <Button type="submit" variant="secondary" pending={pending} data-testid="upload-evidence">
        Upload
      </Button>
    </form>
  );
}
