/**
 * Scenario builders: the one way seed data, test factories and e2e fixtures create rows, so all
 * three exercise the same invariants (rating aggregates, busy blocks, policy snapshots).
 * Each takes a client or an open transaction and one options object.
 */
export { DEFAULT_CATEGORY_TREE, createCategoryTree, categoryIdsFor, type CategoryNode, type CategoryIds } from "./categories";
export { CITIES, type City, type Neighbourhood } from "../../lib/search/cities";
export { createUser, uniqueToken, type CreateUserOptions, type SeededUser } from "./users";
export { createService, currencyForCountry, type CreateServiceOptions, type ServiceSpec, type SeededService } from "./services";
export { createProvider, freeSlug, type CreateProviderOptions, type SeededProvider } from "./providers";
export { createBooking, type CreateBookingOptions } from "./bookings";
export { bookingInterval } from "../../lib/bookings/booking-interval";
export { createPastBookingWithReview, type PastBookingWithReviewOptions } from "./reviews";
export { weeklyHours, minuteOfDay, localMinuteToUtc, WEEKDAYS, EVERY_DAY, type WeeklyWindow } from "./time";
