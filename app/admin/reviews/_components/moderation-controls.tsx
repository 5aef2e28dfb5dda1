"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { moderateReviewAction } from "../actions";

/** Hide, or restore / keep visible, with an optional note for the audit trail. */
export function ModerationControls({ reviewId, hidden }: { reviewId: string; hidden: boolean }) {
  const router = useRouter();
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const act = (action: "HIDE" | "RESTORE") =>
    startTransition(async () => {
      setError(null);
      const result = await moderateReviewAction({ reviewId, action, note: note.trim() || undefined });
      if (result.ok) router.refresh();
      else setError(result.error.message);
    });

  return (
    <div className="flex flex-wrap items-center gap-2 border-t border-stone-200 pt-3" data-testid="moderation-controls">
      <label htmlFor={`note-${reviewId}`} className="sr-only">
        Note for the audit log
      </label>
      <Input id={`note-${reviewId}`} className="h-8 max-w-xs" placeholder="Note (optional)" maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
      {hidden ? (
        <Button size="sm" variant="secondary" onClick={() => act("RESTORE")} pending={pending}>
          Restore
        </Button>
      ) : (
        <>
          <Button size="sm" variant="danger" onClick={() => act("HIDE")} pending={pending}>
            Hide
          </Button>
          <Button size="sm" variant="secondary" onClick={() => act("RESTORE")} disabled={pending}>
            Keep visible
          </Button>
        </>
      )}
      {error ? (
        <p role="alert" className="w-full text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
