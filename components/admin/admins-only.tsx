import { Alert } from "@/components/ui/alert";

/** What a signed-in non-admin sees on an admin page (the use case refused them). */
export function AdminsOnly({ what }: { what: string }) {
  return (
    <div className="mx-auto max-w-xl px-4 py-16">
      <Alert tone="error" title="Admins only">
        {what} is for administrators.
      </Alert>
    </div>
  );
}
