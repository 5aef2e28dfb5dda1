/**
 * What each kind of provider sells, priced in US dollars (minor units); demo.ts scales prices to
 * each city's currency and cost of living. Home services carry travel buffers, lessons barely any.
 */
export interface ServiceTemplate {
  name: string;
  durationMin: number;
  usdPrice: number;
  description: string;
}

export interface TradeTemplate {
  categorySlug: string;
  /** Words that make a business name sound like this trade. */
  trade: string[];
  brandWords: string[];
  buffer: [before: number, after: number];
  services: ServiceTemplate[];
  /** Fragments for bios: what they are proud of. */
  specialties: string[];
}

export const TRADES: TradeTemplate[] = [
  {
    categorySlug: "cleaning",
    trade: ["Cleaning", "Cleaners", "Home Cleaning", "Maids"],
    brandWords: ["Sparkle", "Fresh Start", "Spotless", "Gleam", "Tidy Nest", "Bright Side", "Clean Slate"],
    buffer: [15, 30],
    services: [
      { name: "Standard home clean", durationMin: 120, usdPrice: 11000, description: "Kitchen, bathrooms, dusting, floors and a tidy of every room." },
      { name: "Deep clean", durationMin: 240, usdPrice: 22000, description: "Inside the oven and fridge, baseboards, grout and behind the furniture." },
      { name: "Move-out clean", durationMin: 300, usdPrice: 28000, description: "Empty-home clean that landlords sign off on; cabinets and windows included." },
    ],
    specialties: ["eco-friendly products", "pet-friendly homes", "move-outs that get deposits back", "post-renovation dust"],
  },
  {
    categorySlug: "plumbing",
    trade: ["Plumbing", "Plumbing & Heating", "Pipe Works"],
    brandWords: ["Flowright", "Pipeline", "Clear Drain", "Copper & Co.", "True Level"],
    buffer: [30, 30],
    services: [
      { name: "Leak diagnosis & repair", durationMin: 60, usdPrice: 12000, description: "Find the leak, fix it, and tell you honestly if anything else is about to go." },
      { name: "Drain unclogging", durationMin: 60, usdPrice: 9500, description: "Sinks, showers and tubs cleared with a snake, not harsh chemicals." },
      { name: "Faucet or toilet install", durationMin: 90, usdPrice: 15000, description: "Fitting of a fixture you supply; old one hauled away." },
    ],
    specialties: ["old buildings with older pipes", "same-week emergency fixes", "water heater swaps"],
  },
  {
    categorySlug: "electrical",
    trade: ["Electric", "Electrical", "Electrical Services"],
    brandWords: ["Bright Spark", "Live Wire", "Switchback", "Voltline", "Circuit"],
    buffer: [30, 30],
    services: [
      { name: "Light fixture install", durationMin: 60, usdPrice: 11000, description: "Ceiling lights, pendants and fans, fitted and tested." },
      { name: "Outlet & switch repair", durationMin: 60, usdPrice: 9500, description: "Dead outlets, dimmers, USB outlets and GFCI upgrades." },
      { name: "EV charger consultation", durationMin: 60, usdPrice: 8000, description: "A site visit and a written quote for a home charger." },
    ],
    specialties: ["licensed and insured work", "smart-home lighting", "panel upgrades in older homes"],
  },
  {
    categorySlug: "handyman",
    trade: ["Handyman", "Home Repairs", "Fix-It Services"],
    brandWords: ["Steady Hands", "Fixwell", "Odd Jobs", "Toolbelt", "Second Pair of Hands"],
    buffer: [15, 30],
    services: [
      { name: "Furniture assembly", durationMin: 120, usdPrice: 9000, description: "Flat-pack furniture built, levelled and anchored to the wall." },
      { name: "TV wall mounting", durationMin: 90, usdPrice: 12000, description: "Any wall type; cables hidden where the wall allows." },
      { name: "Small repairs (2 hours)", durationMin: 120, usdPrice: 13000, description: "Bring your to-do list: shelves, doors that stick, caulking, patching." },
    ],
    specialties: ["the to-do list nobody else wants", "rental-friendly fixes", "careful work in tight apartments"],
  },
  {
    categorySlug: "gardening",
    trade: ["Gardening", "Garden Care", "Landscapes"],
    brandWords: ["Green Thumb", "Wild Roots", "Evergreen", "Hedgehog", "Sunny Plot"],
    buffer: [15, 15],
    services: [
      { name: "Lawn mowing & edging", durationMin: 60, usdPrice: 5500, description: "Mow, edge and blow; clippings taken away." },
      { name: "Hedge trimming", durationMin: 120, usdPrice: 12000, description: "Hedges and shrubs shaped, green waste removed." },
      { name: "Seasonal garden cleanup", durationMin: 180, usdPrice: 18000, description: "Leaves, beds, pruning and a plan for next season." },
    ],
    specialties: ["native planting", "small urban yards", "balcony and rooftop gardens"],
  },
  {
    categorySlug: "tutoring",
    trade: ["Tutoring", "Learning", "Study Studio"],
    brandWords: ["Bright Minds", "Next Step", "Aha!", "Top Mark", "Lightbulb"],
    buffer: [0, 15],
    services: [
      { name: "Math tutoring (1 hour)", durationMin: 60, usdPrice: 6500, description: "From fractions to calculus, at your child's pace." },
      { name: "Exam prep session", durationMin: 90, usdPrice: 11000, description: "Timed practice, strategy, and a plan for the weeks before the exam." },
      { name: "Homework help", durationMin: 45, usdPrice: 4500, description: "A calm hour after school to get through the week's assignments." },
    ],
    specialties: ["students who think they hate math", "exam anxiety", "reading and writing support"],
  },
  {
    categorySlug: "music-lessons",
    trade: ["Music Studio", "Music Lessons", "School of Music"],
    brandWords: ["Blue Note", "Treble Clef", "Harmony", "Downbeat", "Encore"],
    buffer: [0, 15],
    services: [
      { name: "Piano lesson (45 min)", durationMin: 45, usdPrice: 6000, description: "Classical or pop, reading music or by ear, all ages." },
      { name: "Guitar lesson (1 hour)", durationMin: 60, usdPrice: 5500, description: "Acoustic or electric: chords, technique and the songs you want to play." },
      { name: "Voice lesson (45 min)", durationMin: 45, usdPrice: 6500, description: "Breathing, range and confidence, for choirs, auditions or fun." },
    ],
    specialties: ["adult beginners", "audition preparation", "kids from age six"],
  },
  {
    categorySlug: "language-lessons",
    trade: ["Languages", "Language Lessons", "Conversation Club"],
    brandWords: ["Polyglot", "Babel", "Parlons", "Hablamos", "Wordsmith"],
    buffer: [0, 10],
    services: [
      { name: "Spanish conversation", durationMin: 60, usdPrice: 5000, description: "Speak from the first minute; grammar when you need it." },
      { name: "French for beginners", durationMin: 60, usdPrice: 5500, description: "A structured start, with homework that takes ten minutes a day." },
      { name: "Business English", durationMin: 60, usdPrice: 7000, description: "Meetings, presentations and emails, practised on your real work." },
    ],
    specialties: ["travellers leaving next month", "professionals relocating", "heritage speakers"],
  },
  {
    categorySlug: "personal-training",
    trade: ["Fitness", "Personal Training", "Strength & Conditioning"],
    brandWords: ["Iron & Oak", "Peak Form", "Stride", "Core Club", "Momentum"],
    buffer: [10, 15],
    services: [
      { name: "1:1 training session", durationMin: 60, usdPrice: 8500, description: "A programme built around your goals, at home, in a park or at the gym." },
      { name: "Intro assessment", durationMin: 45, usdPrice: 4000, description: "Movement screen, goals and a four-week plan." },
      { name: "Outdoor bootcamp (small group)", durationMin: 60, usdPrice: 3500, description: "High-energy intervals for up to six people; bring a mat." },
    ],
    specialties: ["returning to exercise after injury", "strength training for runners", "pre- and post-natal fitness"],
  },
  {
    categorySlug: "massage",
    trade: ["Massage", "Bodywork", "Massage Therapy"],
    brandWords: ["Still Water", "Knot Anymore", "Restore", "Kneaded", "Soft Landing"],
    buffer: [15, 15],
    services: [
      { name: "Swedish massage (60 min)", durationMin: 60, usdPrice: 9500, description: "Relaxing full-body massage; table, linens and oils brought to you." },
      { name: "Deep tissue (90 min)", durationMin: 90, usdPrice: 14000, description: "Firm, focused work on the back, neck and shoulders." },
      { name: "Sports massage", durationMin: 60, usdPrice: 10500, description: "Before or after race day, to speed recovery." },
    ],
    specialties: ["desk-worker shoulders", "marathon recovery", "prenatal massage"],
  },
  {
    categorySlug: "yoga",
    trade: ["Yoga", "Yoga & Meditation", "Mindful Movement"],
    brandWords: ["Lotus", "Sun Salute", "Quiet Mind", "Breathe", "Sattva"],
    buffer: [10, 10],
    services: [
      { name: "Private yoga session", durationMin: 60, usdPrice: 8000, description: "Vinyasa, hatha or restorative, tailored to your body." },
      { name: "Prenatal yoga", durationMin: 60, usdPrice: 8500, description: "Gentle, safe practice for every trimester." },
      { name: "Meditation coaching", durationMin: 45, usdPrice: 6000, description: "Simple techniques you can keep up on a busy day." },
    ],
    specialties: ["stiff beginners", "stress and sleep", "yoga for athletes"],
  },
  {
    categorySlug: "dog-walking",
    trade: ["Dog Walking", "Pet Care", "Dog Co."],
    brandWords: ["Happy Tails", "Leash & Lead", "Good Boy", "Waggle", "Four Paws"],
    buffer: [5, 10],
    services: [
      { name: "30-minute dog walk", durationMin: 30, usdPrice: 2500, description: "A solo walk with a photo update after every outing." },
      { name: "Adventure walk (1 hour)", durationMin: 60, usdPrice: 4000, description: "A long walk to the park for dogs with energy to burn." },
      { name: "Puppy visit", durationMin: 30, usdPrice: 2200, description: "Potty break, play and feeding for young puppies." },
    ],
    specialties: ["reactive dogs", "senior dogs", "puppies learning leash manners"],
  },
  {
    categorySlug: "pet-grooming",
    trade: ["Grooming", "Pet Grooming", "Mobile Grooming"],
    brandWords: ["Fluff & Buff", "Sudsy Paws", "Dapper Dog", "Bubbles", "Clip Joint"],
    buffer: [15, 20],
    services: [
      { name: "Bath & brush", durationMin: 60, usdPrice: 5500, description: "Wash, blow-dry, brush-out, ears and nails." },
      { name: "Full groom", durationMin: 120, usdPrice: 9500, description: "Bath plus a breed-appropriate haircut." },
      { name: "Nail trim", durationMin: 15, usdPrice: 1800, description: "Quick, calm and treat-heavy." },
    ],
    specialties: ["anxious dogs", "cats (yes, really)", "doodle coats"],
  },
];
