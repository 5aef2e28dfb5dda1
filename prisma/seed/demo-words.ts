/** Word lists for the demo marketplace: people, bios and reviews that read like a real city's. */

export const FIRST_NAMES = [
  "Maya", "Jordan", "Luis", "Aisha", "Ben", "Chloe", "Dev", "Elena", "Farah", "Gabe", "Hana", "Ikechukwu",
  "Jess", "Kenji", "Lena", "Marco", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sam", "Tomás", "Uma",
  "Viktor", "Wen", "Yara", "Zoe", "Aaron", "Bea", "Callum", "Dara", "Eli", "Fiona", "Grace", "Hugo",
];

export const LAST_NAMES = [
  "Okafor", "Chen", "García", "Patel", "Kowalski", "Nguyen", "Murphy", "Haddad", "Rossi", "Schneider",
  "Tanaka", "Silva", "Johansson", "Mensah", "O'Brien", "Novak", "Ali", "Brooks", "Costa", "Dubois",
  "Fischer", "Greene", "Ibrahim", "Kim", "Lopez", "Moreau", "Park", "Reyes", "Walsh", "Yilmaz",
];

export const BIO_CLOSERS = [
  "Fully insured; references on request.",
  "Same-week appointments most weeks.",
  "Not sure which service fits? Send a message before booking and I'll help.",
  "I bring everything needed — you just open the door.",
  "Rescheduling is easy: just give me a day's notice.",
  "Proud to have worked with hundreds of neighbours.",
];

/** Review texts by star rating. `{first}` is the provider's first name, `{service}` the service. */
export const REVIEW_TEXTS: Record<1 | 2 | 3 | 4 | 5, string[]> = {
  5: [
    "Absolutely fantastic. {first} was on time, friendly and did a flawless job.",
    "Best {service} I've booked in years. Already booked the next one.",
    "Professional from start to finish: clear messages beforehand and great value.",
    "{first} went above and beyond and explained everything as they went. Highly recommend!",
    "Could not be happier. Punctual, careful and genuinely nice to have around.",
    "Five stars without hesitation. This is how every {service} should go.",
    "Booked last minute and {first} still made it work. Thank you!",
  ],
  4: [
    "Very good overall. Arrived ten minutes late but the work itself was excellent.",
    "Solid {service} at a fair price. Would book again.",
    "{first} was friendly and knew their stuff; a little rushed at the end.",
    "Great result, and good communication. Only wish the earliest slot was sooner.",
  ],
  3: [
    "Fine, but not memorable. The {service} took longer than quoted.",
    "Decent work; communication before the visit could have been better.",
    "OK for the price. A couple of things needed a second pass.",
  ],
  2: [
    "Showed up 40 minutes late and rushed through the {service}.",
    "Not great: I had to ask twice for things that were part of the service.",
  ],
  1: [
    "Cancelled the morning of, and the rescheduled visit was poor. Would not book again.",
    "Left a mess and did not reply to my messages afterwards.",
  ],
};

export const REPLIES_GOOD = [
  "Thank you so much, {customer}! See you next time.",
  "Thanks for the kind words, {customer} — it was a pleasure.",
  "Really appreciate this review, {customer}. Thank you!",
];

export const REPLIES_BAD = [
  "Sorry to hear this, {customer}. I've sent you a message so I can make it right.",
  "Thanks for the honest feedback, {customer}. We've changed how we schedule because of it.",
];

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? "");
}
