"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ActionResult } from "@/lib/core/action";

export type FieldErrors = Record<string, string[] | undefined>;

/**
 * Runs a server action from a form that stays on the page: on success the server components
 * refresh; on failure field errors go under their fields and anything else (decided meanwhile by
 * another admin, not allowed) is one message above the buttons. `run` answers whether it succeeded.
 */
export function useRefreshingAction() {
  const router = useRouter();
  const [fields, setFields] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  async function run(work: () => Promise<ActionResult<unknown>>): Promise<boolean> {
    setPending(true);
    setMessage(null);
    const result = await work();
    setPending(false);
    if (result.ok) {
      setFields({});
      router.refresh();
      return true;
    }
    const details = (result.error.details as { fields?: FieldErrors } | undefined)?.fields;
    setFields(details ?? {});
    if (!details) setMessage(result.error.message);
    return false;
  }
  return { fields, message, pending, run };
}
