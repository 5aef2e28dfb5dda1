/**
 * A browser event that tells the bell to refetch its count right away (after "mark as read"),
 * instead of waiting for its next poll.
 */
export const NOTIFICATIONS_CHANGED = "hearth:notifications-changed";

export function announceNotificationsChanged(): void {
  window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED));
}
