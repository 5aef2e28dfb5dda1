import { route } from "@/lib/core/http";
import { getPayment } from "@/lib/payments/get-payment";

/** The payment for its customer, provider or an admin; 404 for anyone else. */
export const GET = route<{ id: string }>(async ({ params, requireActor }) => getPayment({ actor: requireActor(), paymentId: params.id }));
