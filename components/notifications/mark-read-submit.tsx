"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { Button } from "@/components/ui/button";
import { announceNotificationsChanged } from "./notifications-changed";

/**
 * The submit button of a "mark as read" form. The form posts to a server action (so it works
 * without JavaScript); with JavaScript, the bell is told to refresh once the submission settles.
 */
export function MarkReadSubmit({ children, variant = "secondary", size = "sm" }: { children: ReactNode; variant?: "secondary" | "ghost"; size?: "sm" | "md" }) {
  const { pending } = useFormStatus();
  const wasPending = useRef(false);
  useEffect(() => {
    if (wasPending.current && !pending) announceNotificationsChanged();
    wasPending.current = pending;
  }, [pending]);
  return (
    <Button type="submit" variant={variant} size={size} pending={pending}>
      {children}
    </Button>
  );
}
