"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { KIND_LABELS, VERIFICATION_DOCUMENT_KINDS, MAX_VERIFICATION_DOCUMENT_BYTES } from "@/lib/verification/schemas";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { NativeSelect } from "@/components/ui/input";

type Errors = Partial<Record<"kind" | "file", string>>;

/** Files go to the REST route (not server-action JSON); the server decides the type from the bytes. */
export function UploadDocumentForm() {
  const router = useRouter();
  const [errors, setErrors] = useState<Errors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const body = new FormData(form);
    const file = body.get("file");
    setMessage(null);
    if (!(file instanceof File) || file.size === 0) {
      setErrors({ file: "Choose the document to upload" });
      return;
    }
    setErrors({});
    setPending(true);
    const response = await fetch("/api/verification/documents", { method: "POST", body }).catch(() => null);
    setPending(false);
    if (!response?.ok) {
      const payload = (await response?.json().catch(() => null)) as { error?: { message?: string; details?: { fields?: Record<string, string[]> } } } | null;
      const fields = payload?.error?.details?.fields ?? {};
      const shown: Errors = { kind: fields.kind?.[0], file: fields.file?.[0] };
      if (shown.kind || shown.file) setErrors(shown);
      else setMessage(payload?.error?.message ?? "The upload failed; please try again.");
      return;
    }
    form.reset();
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Upload a document" data-testid="upload-document-form">
      <Field id="document-kind" label="Document" error={errors.kind}>
        <NativeSelect id="document-kind" name="kind" defaultValue="ID" invalid={Boolean(errors.kind)} aria-describedby={describedBy("document-kind", { error: errors.kind })}>
          {VERIFICATION_DOCUMENT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABELS[kind]}
            </option>
          ))}
        </NativeSelect>
      </Field>
      <Field id="document-file" label="File" hint={`PDF, JPEG or PNG, at most ${MAX_VERIFICATION_DOCUMENT_BYTES / 1024 / 1024} MB.`} error={errors.file}>
        <input
          id="document-file"
          name="file"
          type="file"
          accept="application/pdf,image/jpeg,image/png"
          className="block text-sm"
          aria-invalid={errors.file ? true : undefined}
          aria-describedby={describedBy("document-file", { error: errors.file, hint: true })}
        />
      </Field>
      <Button type="submit" pending={pending} data-testid="upload-document">
        Upload for review
      </Button>
      {message ? <Alert tone="error">{message}</Alert> : null}
    </form>
  );
}
