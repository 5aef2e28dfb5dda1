import { z } from "zod";

/** Rotating takes no input: the provider comes from the session. */
export const RotateCalendarTokenInput = z.object({}).strict();
