"use client";

import { useRouter } from "next/navigation";
import { useTransition, type MouseEvent, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { Button } from "@/components/ui/button";
import type { MarkReadTarget } from "./notification-cache";
import { useMarkNotificationsRead } from "./use-notifications";

/** The form's hidden fields (`id` or `all`) as the API's body; null if the form names neither. */
function targetOf(form: HTMLFormElement | null): MarkReadTarget | null {
  if (!form) return null;
  const data = new FormData(form);
  if (data.get("all") === "true") return { all: true };
  const ids = data.getAll("id").filter((v): v is string => typeof v === "string" && v !== "");
  return ids.length ? { ids } : null;
}

/**
 * The submit button of a "mark as read" form. Without JavaScript the form posts to its server
 * action. With it, the click runs the optimistic mutation instead: the bell's count drops at
 * once (rolled back with a toast if the request fails), then the page's list is refreshed.
 */
export function MarkReadSubmit({ children, variant = "secondary", size = "sm" }: { children: ReactNode; variant?: "secondary" | "ghost"; size?: "sm" | "md" }) {
  const router = useRouter();
  const { pending: posting } = useFormStatus();
  const [refreshing, startRefresh] = useTransition();
  const markRead = useMarkNotificationsRead({ onSuccess: () => startRefresh(() => router.refresh()) });

  function onClick(event: MouseEvent<HTMLButtonElement>) {
    const target = targetOf(event.currentTarget.form);
    if (!target) return;
    event.preventDefault();
    markRead.mutate(target);
  }

  return (
    <Button type="submit" variant={variant} size={size} pending={posting || markRead.isPending || refreshing} onClick={onClick}>
      {children}
    </Button>
  );
}
