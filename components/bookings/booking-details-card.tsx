import type { BookingDto } from "@/lib/bookings/dto";
import { CancellationSummary } from "@/components/bookings/cancellation-summary";
import { describePolicy } from "@/components/bookings/policy-words";
import { PaymentSummary } from "@/components/payments/payment-summary";
import { RescheduleFeeCharges } from "@/components/payments/reschedule-fee-charges";
import { Card } from "@/components/ui/card";
import { LocalTimeRange } from "@/components/ui/local-time";
import { Money } from "@/components/ui/money";

type Viewer = "CUSTOMER" | "PROVIDER";

function Field({ label, wide, children }: { label: string; wide?: boolean; children: React.ReactNode }) {
  return (
    <div className={wide ? "sm:col-span-2" : undefined}>
      <dt className="text-xs font-medium tracking-wide text-stone-500 uppercase">{label}</dt>
      {children}
    </div>
  );
}

/**
 * The facts of one booking on its detail page, for the customer (/account) or the provider
 * (/dashboard): when, price, the money, the policy accepted, address and notes, and how a
 * cancellation went. The customer sees their payment; the provider the reschedule fees charged.
 */
export function BookingDetailsCard({ booking, viewer }: { booking: BookingDto; viewer: Viewer }) {
  const customer = viewer === "CUSTOMER";
  return (
    <>
      {booking.status === "CANCELLED" ? (
        <Card className="mt-4 p-4">
          <CancellationSummary booking={booking} viewer={viewer} />
        </Card>
      ) : null}

      <Card className="mt-6 p-6">
        <dl className="grid gap-5 sm:grid-cols-2">
          <Field label="When" wide>
            <dd className="mt-1 text-stone-900">
              <LocalTimeRange start={booking.start} end={booking.end} zone={booking.timeZone} />
            </dd>
          </Field>
          <Field label="Price">
            <dd className="mt-1 font-semibold text-stone-900">
              <Money amount={booking.price.amount} currency={booking.price.currency} />
            </dd>
          </Field>
          {customer && booking.payment ? (
            <Field label="Payment" wide>
              <dd className="mt-1">
                <PaymentSummary payment={booking.payment} />
                <RescheduleFeeCharges fees={booking.rescheduleFees} viewer={viewer} />
              </dd>
            </Field>
          ) : null}
          {customer ? (
            <Field label="Booking reference">
              <dd className="mt-1 font-mono text-sm text-stone-700" data-testid="booking-id">
                {booking.id}
              </dd>
            </Field>
          ) : (
            <Field label="Customer's cancellation policy">
              <dd className="mt-1 text-sm text-stone-800">{booking.policy ? describePolicy(booking.policy) : "—"}</dd>
            </Field>
          )}
          {!customer && booking.rescheduleFees.length > 0 ? (
            <Field label="Reschedule fees" wide>
              <dd className="mt-1" data-testid="reschedule-fees">
                <RescheduleFeeCharges fees={booking.rescheduleFees} viewer={viewer} />
              </dd>
            </Field>
          ) : null}
          {customer && booking.policy ? (
            <Field label="Cancellation policy" wide>
              <dd className="mt-1 text-stone-800" data-testid="booking-policy">
                {describePolicy(booking.policy)}
              </dd>
            </Field>
          ) : null}
          <Field label="Address" wide>
            <dd className="mt-1 text-stone-800">{booking.address || <span className="text-stone-500">Not given</span>}</dd>
          </Field>
          <Field label="Notes" wide>
            <dd className="mt-1 whitespace-pre-line text-stone-800">{booking.notes || <span className="text-stone-500">None</span>}</dd>
          </Field>
        </dl>
      </Card>
    </>
  );
}
