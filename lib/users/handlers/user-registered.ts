import { welcomeEmail } from "../../notifications/templates/welcome";
import type { Handler } from "../../events/handler";

export const emailWelcomeOnUserRegistered: Handler<"user.registered"> = async (event, ctx) => {
  const { userId } = event.payload.data;
  const user = await ctx.db.user.findUnique({ where: { id: userId }, select: { email: true, name: true, role: true } });
  if (!user) return;
  await ctx.email.send({ to: user.email, template: "welcome", dedupeKey: `user.registered:${userId}:welcome`, ...welcomeEmail(user) });
};
