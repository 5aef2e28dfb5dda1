import type { Handler } from "../../events/handler";
import type { DomainEventType } from "../../events/types";
import { invalidateProviderSearch } from "../search-cache";

/**
 * Whatever changes what search would answer (a profile, a service, hours, payouts, ratings)
 * invalidates cached results. Running twice only invalidates twice: idempotent by nature.
 */
export const invalidateSearchOn = <T extends DomainEventType>(): Handler<T> => async () => {
  await invalidateProviderSearch();
};
