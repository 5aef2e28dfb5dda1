"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useRefreshingAction } from "@/components/ui/use-refreshing-action";
import type { ReportKind } from "@/lib/moderation/schemas";
import { moderateContentAction } from "../actions";

/** Hide, restore or dismiss, with an optional note for the audit trail and the reports. */
export function ModerationControls({ kind, targetId, hidden, hasOpen }: { kind: ReportKind; targetId: string; hidden: boolean; hasOpen: boolean }) {
  const [note, setNote] = useState("");
  const { fields, message, pending, run } = useRefreshingAction();
  const error = fields.note?.[0] ?? message;

  const act = (action: "HIDE" | "RESTORE" | "DISMISS") => void run(() => moderateContentAction({ kind, targetId, action, note: note.trim() || undefined }));

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
