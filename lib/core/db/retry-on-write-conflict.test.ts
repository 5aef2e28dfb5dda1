import { isWriteConflict, retryOnWriteConflict } from "./retry-on-write-conflict";

const conflict = Object.assign(new Error("Transaction failed due to a write conflict or a deadlock. Please retry your transaction"), { code: "P2034" });

describe("retryOnWriteConflict", () => {
  it("runs a transaction aborted by a deadlock again and returns the retry's result", async () => {
    const outcomes = [conflict, conflict, "booked"];
    const run = jest.fn(async () => {
      const next = outcomes.shift();
      if (next instanceof Error) throw next;
      return next;
    });
    await expect(retryOnWriteConflict(run)).resolves.toBe("booked");
    expect(run).toHaveBeenCalledTimes(3);
  });

  it("gives up after the last attempt with the conflict itself", async () => {
    const run = jest.fn(async () => Promise.reject(conflict));
    await expect(retryOnWriteConflict(run, 2)).rejects.toBe(conflict);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it("does not retry any other error", async () => {
    const overlap = Object.assign(new Error('conflicting key value violates exclusion constraint "Booking_no_overlap"'), { code: "P2010" });
    const run = jest.fn(async () => Promise.reject(overlap));
    await expect(retryOnWriteConflict(run)).rejects.toBe(overlap);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("recognises PostgreSQL's own codes when the error was not mapped by Prisma", () => {
    expect(isWriteConflict(new Error("ERROR: deadlock detected (SQLSTATE 40P01)"))).toBe(true);
    expect(isWriteConflict(new Error("could not serialize access (40001)"))).toBe(true);
    expect(isWriteConflict(new Error("unique violation 23505"))).toBe(false);
    expect(isWriteConflict(undefined)).toBe(false);
  });
});
