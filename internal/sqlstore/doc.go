// Package sqlstore holds what the two SQL stores, internal/sqlite and
// internal/postgres, do alike whatever their dialect: reading the numbered
// migrations, turning articles and queued documents into the values their
// columns keep and back, the defaults of a page, and the bookkeeping of
// which stories a commit changed. It writes no SQL and imports no driver:
// placeholders, types and statements stay in each store.
package sqlstore
