"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/components/ui/button";

export function SignOutButton({
  callbackUrl = "/",
  variant = "ghost",
  label = "Sign out",
  testId = "sign-out",
}: {
  callbackUrl?: string;
  variant?: "ghost" | "secondary";
  label?: string;
  testId?: string;
}) {
  const [pending, setPending] = useState(false);
  return (
    <Button
      variant={variant}
      size="sm"
      pending={pending}
      data-testid={testId}
      onClick={async () => {
        setPending(true);
        await signOut({ callbackUrl });
      }}
    >
      {label}
    </Button>
  );
}
