"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { leaveWaitlistAction } from "../actions";

export function LeaveWaitlistButton({ entryId }: { entryId: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div>
      <Button
        variant="secondary"
        size="sm"
        pending={pending}
        onClick={async () => {
          setPending(true);
          const result = await leaveWaitlistAction({ entryId });
          setPending(false);
          if (result.ok) router.refresh();
          else setError(result.error.message);
        }}
      >
        Leave the waitlist
      </Button>
      {error ? (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
