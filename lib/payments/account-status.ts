/** What the processor says about a provider's connected account (Stripe Connect), as Hearth keeps it. */
export interface AccountStatus {
  detailsSubmitted: boolean;
  payoutsEnabled: boolean;
}
