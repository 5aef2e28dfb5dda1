// Runs before every test file, before any module reads the environment.
// Without DATABASE_URL each test file gets its own in-memory PGlite.
process.env.PGLITE_DIR ??= "memory://";
process.env.LOG_LEVEL ??= "silent";
