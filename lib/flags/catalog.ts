/**
 * Every flag Hearth knows, with its default and what it does. A flag with no FeatureFlag row has
 * its default; rows for keys not listed here are ignored (a flag removed from the code).
 *
 * Kill switches default to on: turning one off pauses that part of the product on every instance
 * within seconds (lib/flags/is-enabled.ts), and its use cases answer 503 FEATURE_DISABLED.
 */
export const FLAGS = {
  "bookings.create": {
    kind: "kill-switch",
    default: true,
    description: "Customers can book new appointments (web and API). Existing bookings are not affected.",
    pausedMessage: "New bookings are paused for a moment. Please try again later.",
  },
  "bounties.create": {
    kind: "kill-switch",
    default: true,
    description: "Customers can post new bounties to the board. Open bounties and offers are not affected.",
    pausedMessage: "Posting new bounties is paused for a moment. Please try again later.",
  },
  payouts: {
    kind: "kill-switch",
    default: true,
    description: "Providers can request payouts of their balance. Balances keep accruing while paused.",
    pausedMessage: "Payouts are paused for a moment. Your balance is safe; please try again later.",
  },
  messaging: {
    kind: "kill-switch",
    default: true,
    description: "People can send messages and open new conversations. Reading past messages still works.",
    pausedMessage: "Messaging is paused for a moment. Please try again later.",
  },
} as const satisfies Record<string, FlagDefinition>;

export interface FlagDefinition {
  kind: "kill-switch" | "feature";
  default: boolean;
  description: string;
  /** What people are told while the flag is off. */
  pausedMessage: string;
}

export type FlagKey = keyof typeof FLAGS;

export const FLAG_KEYS = Object.keys(FLAGS) as FlagKey[];

export function isFlagKey(key: string): key is FlagKey {
  return Object.hasOwn(FLAGS, key);
}
