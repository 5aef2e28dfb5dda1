"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { changeServiceStatusAction } from "../actions";

/** Pause / resume, and archive (after a confirmation: it cannot be undone). */
export function ServiceStatusButtons({ serviceId, name, active }: { serviceId: string; name: string; active: boolean }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function change(to: "paused" | "active" | "archived") {
    if (to === "archived" && !window.confirm(`Archive “${name}”? It disappears from your profile for good; bookings already made stay.`)) return;
    setPending(true);
    setError(null);
    const result = await changeServiceStatusAction({ serviceId, to });
    setPending(false);
    if (!result.ok) setError(result.error.message);
    router.refresh();
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button variant="secondary" size="sm" pending={pending} onClick={() => change(active ? "paused" : "active")} aria-label={`${active ? "Pause" : "Resume"} ${name}`}>
        {active ? "Pause" : "Resume"}
      </Button>
      <Button variant="secondary" size="sm" pending={pending} onClick={() => change("archived")} aria-label={`Archive ${name}`}>
        Archive
      </Button>
      {error ? <p className="text-sm text-red-700">{error}</p> : null}
    </div>
  );
}
