import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";

export function ProvidersOnly() {
  return (
    <div className="mx-auto max-w-2xl px-4 py-16 sm:px-6">
      <Alert tone="info" title="The dashboard is for providers">
        <p>Your account books services rather than offering them. Your bookings are under My bookings.</p>
        <ButtonLink href="/account/bookings" variant="secondary" size="sm" className="mt-3">
          My bookings
        </ButtonLink>
      </Alert>
    </div>
  );
}
