import { Alert } from "@/components/ui/alert";

export function ForbiddenNotice() {
  return (
    <div className="mx-auto max-w-xl px-4 py-16">
      <Alert tone="error" title="Admins only">
        Platform revenue covers every provider&apos;s money, so only administrators can open it.
      </Alert>
    </div>
  );
}
