-- Hand-written (docs/adr/013-waitlist-holds.md). The CHECK functions name their tables unqualified,
-- and pg_restore runs with an empty search_path, so restoring a dump would fail on the first Booking
-- row. Each function keeps the search_path it was created with (the migrated schema), whatever
-- schema that is.
ALTER FUNCTION "slot_free_of_holds"(TEXT, TIMESTAMPTZ, TIMESTAMPTZ) SET search_path FROM CURRENT;
ALTER FUNCTION "slot_free_of_bookings"(TEXT, TIMESTAMPTZ, TIMESTAMPTZ) SET search_path FROM CURRENT;
