import { getServiceSlots } from "@/lib/availability/get-service-slots";
import { isAppError } from "@/lib/core/errors";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { RescheduleForm, type RescheduleAction } from "./reschedule-form";

/**
 * The "pick a new time" card under a booking, with the service's free starts of the next 14 days.
 * The booking's own time counts as busy in that list, so it (and times overlapping it) are not offered.
 */
export async function RescheduleSection({
  booking,
  action,
  doneHref,
  backHref,
  feeNotice = null,
}: {
  booking: { id: string; service: { id: string } };
  action: RescheduleAction;
  doneHref: string;
  backHref: string;
  /** What moving the booking now will charge, when it costs anything. */
  feeNotice?: string | null;
}) {
  const slots = await getServiceSlots({ serviceId: booking.service.id, query: {} }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  });
  return (
    <Card className="mt-6 p-6" data-testid="reschedule-section">
      <h2 className="text-lg font-semibold text-stone-900" id="reschedule">
        Pick a new time
      </h2>
      {feeNotice ? (
        <Alert tone="warning" className="mt-4" title="Reschedule fee" data-testid="reschedule-fee-notice">
          {feeNotice}
        </Alert>
      ) : null}
      <div className="mt-4">
        {slots ? (
          <RescheduleForm bookingId={booking.id} slots={slots.data} providerTimeZone={slots.timeZone} action={action} doneHref={doneHref} backHref={backHref} />
        ) : (
          <Alert tone="info" title="This service is no longer offered">
            The booking can&apos;t be moved to another time, but it can still be cancelled.
          </Alert>
        )}
      </div>
    </Card>
  );
}
