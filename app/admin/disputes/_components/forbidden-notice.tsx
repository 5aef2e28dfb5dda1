import { Alert } from "@/components/ui/alert";

export function ForbiddenNotice() {
  return (
    <div className="mx-auto max-w-xl px-4 py-16">
      <Alert tone="error" title="Admins only">
        Disputes hold both parties&apos; money and evidence, so only Hearth support can open the queue.
      </Alert>
    </div>
  );
}
