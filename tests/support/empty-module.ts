// Stands in for the "server-only" package in tests: the real one throws when imported outside a
// React Server Components build, which would keep server modules out of reach of the tests.
export {};
