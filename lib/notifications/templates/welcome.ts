import { composeEmail, type RenderedEmail } from "./compose";
import { absoluteUrl } from "./links";

export function welcomeEmail({ name, role }: { name: string; role: "CUSTOMER" | "PROVIDER" | "ADMIN" }): RenderedEmail {
  const provider = role === "PROVIDER";
  return composeEmail({
    subject: "Welcome to Hearth",
    heading: `Welcome, ${name}`,
    paragraphs: provider
      ? ["Your provider account is ready. Add your services and opening hours so customers can book you."]
      : ["Your account is ready. Find trusted cleaners, plumbers, tutors and more near you, and book in a few clicks."],
    action: provider
      ? { label: "Set up your services", url: absoluteUrl("/dashboard") }
      : { label: "Find a provider", url: absoluteUrl("/providers") },
  });
}
