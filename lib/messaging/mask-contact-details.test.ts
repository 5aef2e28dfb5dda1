import { CONTACT_PLACEHOLDER as HIDDEN, maskContactDetails } from "./mask-contact-details";

const mask = (text: string) => maskContactDetails(text).text;

describe("maskContactDetails", () => {
  it.each([
    ["jane.doe+jobs@example.co.uk", HIDDEN],
    ["Mail me at JANE_99@Gmail.com please", `Mail me at ${HIDDEN} please`],
    ["jane (at) gmail (dot) com", HIDDEN],
    ["jane [at] gmail [dot] com", HIDDEN],
    ["write to jane at gmail dot com today", `write to ${HIDDEN} today`],
    ["jane at gmail.com", HIDDEN],
    ["jane @ outlook.com", HIDDEN],
  ])("hides the email address in %j", (input, expected) => {
    expect(mask(input)).toBe(expected);
  });

  it.each([
    "555-123-4567",
    "(555) 123-4567",
    "555.123.4567",
    "5551234567",
    "555 123 4567",
    "+1 555 123 4567",
    "+1 (555) 123-4567",
    "1-555-123-4567",
    "+44 20 7946 0958",
    "020 7946 0958",
    "+33 6 12 34 56 78",
    "06.12.34.56.78",
    "0049 30 1234567",
    "+91 98765 43210",
    "555-1234 567",
    "5 5 5 1 2 3 4 5 6 7",
  ])("hides the phone number %j", (phone) => {
    expect(mask(`call me on ${phone} after work`)).toBe(`call me on ${HIDDEN} after work`);
  });

  it.each([
    ["five five five one two three four", HIDDEN],
    ["Five-five-five, one two three, four five six seven", HIDDEN],
    ["555 one two three 4567", HIDDEN],
    ["my cell is nine one seven five five five o one two three", `my cell is ${HIDDEN}`],
  ])("hides spelled-out digits in %j", (input, expected) => {
    expect(mask(input)).toBe(expected);
  });

  it("hides several details in one message and reports that it did", () => {
    expect(maskContactDetails("Text 555-123-4567 or email bob@example.com")).toEqual({
      text: `Text ${HIDDEN} or email ${HIDDEN}`,
      masked: true,
    });
  });

  it.each([
    "The deep clean is $240, or $1,250.00 for the whole house",
    "That comes to €99.99 or 1250 USD, 12500.00 all in",
    "Can you come on 2024-03-15 at 10:30?",
    "Is 03/15/2024 ok? Or 15.03.2024, or 3/16?",
    "Friday 2024-03-15 10:30-11:30 works",
    "I'm free 9am-5pm, or 0900-1700 on weekdays",
    "We lived there 2019-2024",
    "Zip code 11201, apartment 4B",
    "3 bedrooms, 2 baths, about 1,200 sq ft",
    "Booking reference cmabc1234567xyz890",
    "One of my two dogs is five years old",
    "Save 15% on 3 visits",
    "Meet at the office. See you at noon",
  ])("leaves %j alone", (text) => {
    expect(maskContactDetails(text)).toEqual({ text, masked: false });
  });

  it("keeps the text around a masked detail intact, including line breaks", () => {
    expect(mask("Hi!\nMy number: (555) 123-4567.\nThanks")).toBe(`Hi!\nMy number: ${HIDDEN}.\nThanks`);
  });
});
