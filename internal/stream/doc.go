// Package stream runs the ingest pipeline over a store shared by any number
// of workers: raw documents wait in a queue, are extracted, given a story by
// the online clusterer, stored with the reason they joined it, and their
// stories analysed again.
//
// A Worker does three kinds of work, each claimed from the store so that
// several workers (goroutines, processes or machines on one PostgreSQL)
// never do the same piece twice:
//
//	extract  claim queued documents under a lease, extract them in
//	         parallel, store the articles; the item waits for its story.
//	assign   one worker at a time holds the assignment role (an advisory
//	         lock in PostgreSQL, a lease row in SQLite) and runs the
//	         clusterer over the extracted articles in queue order. Its
//	         in-memory state is rebuilt from the assignment log when it takes
//	         the role, and caught up when it takes it back.
//	analyse  claim stories whose articles changed and compute their dossier.
//
// Extraction and analysis are the expensive steps and run on every worker;
// assignment is cheap and runs in one place, which is what keeps story
// assignment consistent: one clusterer state sees every article, in one
// order, and the log says what it decided. A worker that dies loses nothing:
// its leases expire and its items are claimed again; the role's lock goes
// with its connection. docs/streams.md explains the design.
package stream
