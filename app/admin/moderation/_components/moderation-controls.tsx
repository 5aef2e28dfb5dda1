"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { ReportKind } from "@/lib/moderation/schemas";
import { moderateContentAction } from "../actions";

/** Hide, restore or dismiss, with an optional note for the audit trail and the reports. */
export function ModerationControls({ kind, targetId, hidden, hasOpen }: { kind: ReportKind; targetId: string; hidden: boolean; hasOpen: boolean }) {
  const router = useRouter();
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const act = (action: "HIDE" | "RESTORE" | "DISMISS") =>
    startTransition(async () => {
      setError(null);
      const result = await moderateContentAction({ kind, targetId, action, note: note.trim() || undefined });
      if (result.ok) router.refresh();
      else setError((result.error.details as { fields?: Record<string, string[]> } | undefined)?.fields?.note?.[0] ?? result.error.message);
    });

  const id = `note-${kind}-${targetId}`;
  return (
    <div className="flex flex-wrap items-center gap-2 border-t border-stone-200 pt-3" data-testid="moderation-controls">
      <label htmlFor={id} className="sr-only">
        Note for the audit log
      </label>
      <Input id={id} className="h-8 max-w-xs" placeholder="Note (optional)" maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
      {hidden ? (
        <Button size="sm" variant="secondary" onClick={() => act("RESTORE")} pending={pending}>
          Restore
        </Button>
      ) : (
        <>
          <Button size="sm" variant="danger" onClick={() => act("HIDE")} pending={pending}>
            Hide
          </Button>
          {hasOpen ? (
            <Button size="sm" variant="secondary" onClick={() => act("DISMISS")} disabled={pending}>
              Dismiss reports
            </Button>
          ) : null}
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
