"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { MAX_BOUNTY_PHOTOS, SubmitWorkInput } from "@/lib/bounties/schemas";
import { applyFieldErrors, bountyErrorMessage, type ShownError } from "@/components/bounties/action-errors";
import { ActionErrorText } from "@/components/bounties/action-error-text";
import { PhotoUploader, type UploadedPhoto } from "@/components/bounties/photo-uploader";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { describedBy, Field, FieldError } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { submitWorkAction } from "../../actions";
import { toast } from "sonner";

/** The assigned provider hands in the work: what was done, with photos as evidence for the poster. */
export function SubmitWorkForm({ bountyId, autoReleaseDays }: { bountyId: string; autoReleaseDays?: number }) {
  const [photos, setPhotos] = useState<UploadedPhoto[]>([]);
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<ShownError | null>(null);
  const form = useForm<z.input<typeof SubmitWorkInput>, unknown, z.output<typeof SubmitWorkInput>>({
    resolver: zodResolver(SubmitWorkInput),
    defaultValues: { bountyId, notes: "", photoKeys: [] },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const result = await submitWorkAction(values);
    if (result.ok) toast.success("Work submitted for review.");
    else if (!applyFieldErrors(result.error, ["notes", "photoKeys"] as const, form.setError)) setError(bountyErrorMessage(result.error));
  });

  return (
    <Card className="p-5">
      <h2 className="text-lg font-semibold text-stone-900">Submit your work</h2>
      <p className="mt-1 text-sm text-stone-600">
        The poster reviews it and approves, or asks for changes.
        {autoReleaseDays ? ` Without an answer in ${autoReleaseDays} days, it is approved automatically.` : ""}
      </p>
      <form onSubmit={onSubmit} noValidate className="mt-4 space-y-4" aria-label="Submit work">
        <Field id="work-notes" label="What you did" error={errors.notes?.message}>
          <Textarea id="work-notes" rows={4} invalid={Boolean(errors.notes)} aria-describedby={describedBy("work-notes", { error: errors.notes?.message })} {...form.register("notes")} />
        </Field>
        <div className="space-y-2">
          <label htmlFor="work-photos" className="block text-sm font-medium text-stone-800">
            Photos of the result (optional, up to {MAX_BOUNTY_PHOTOS})
          </label>
          <PhotoUploader
            id="work-photos"
            value={photos}
            max={MAX_BOUNTY_PHOTOS}
            onBusyChange={setUploading}
            onChange={(next) => {
              setPhotos(next);
              form.setValue("photoKeys", next.map((p) => p.key));
            }}
          />
          <FieldError message={errors.photoKeys?.message} />
        </div>
        <Button type="submit" pending={isSubmitting} disabled={uploading} data-testid="submit-work">
          Submit work
        </Button>
        <ActionErrorText error={error} />
      </form>
    </Card>
  );
}
