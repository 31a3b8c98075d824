-- The stream: a queue of raw documents claimed under leases, the log of
-- story assignments with their explanations, analysis jobs, polled feeds.
CREATE TABLE stream_items (
	seq         INTEGER PRIMARY KEY,
	batch       TEXT NOT NULL,
	doc_key     TEXT NOT NULL UNIQUE,         -- the document's identity: enqueue is idempotent
	source      TEXT NOT NULL,
	doc         TEXT NOT NULL,                -- the Document as JSON, without its body
	body        BLOB NOT NULL,
	state       TEXT NOT NULL DEFAULT 'queued',
	owner       TEXT,
	lease_until INTEGER,                      -- unix milliseconds
	attempts    INTEGER NOT NULL DEFAULT 0,
	article_id  TEXT,
	note        TEXT NOT NULL DEFAULT '',
	created_at  INTEGER NOT NULL,
	updated_at  INTEGER NOT NULL
);
CREATE INDEX stream_items_state ON stream_items (state, seq);
CREATE INDEX stream_items_batch ON stream_items (batch, state);

-- One row per article of the stream: the story it joined and why. The
-- unique article is what makes assignment happen once.
CREATE TABLE stream_assignments (
	log_seq     INTEGER PRIMARY KEY,
	article_id  TEXT NOT NULL UNIQUE REFERENCES articles (id),
	story_id    TEXT NOT NULL,
	first_story TEXT NOT NULL,                -- the story it joined, before any merge
	item_seq    INTEGER NOT NULL,
	is_new      INTEGER NOT NULL,
	score       REAL NOT NULL,
	shares      TEXT NOT NULL,                -- JSON array of strings
	explanation TEXT NOT NULL,
	worker      TEXT NOT NULL,
	assigned_at INTEGER NOT NULL
);
CREATE INDEX stream_assignments_story ON stream_assignments (story_id, log_seq);
CREATE INDEX stream_assignments_item ON stream_assignments (item_seq);

-- Stories folded into another by a merge: links to them can be redirected.
CREATE TABLE stream_merges (
	from_id   TEXT PRIMARY KEY,
	into_id   TEXT NOT NULL,
	merged_at INTEGER NOT NULL
);

-- The assignment role: one holder at a time, under a lease.
CREATE TABLE stream_assigner (
	id    INTEGER PRIMARY KEY CHECK (id = 1),
	owner TEXT NOT NULL,
	until INTEGER NOT NULL
);

-- Stories whose dossier must be computed again.
CREATE TABLE stream_analysis (
	story_id    TEXT PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,
	due_at      INTEGER NOT NULL,
	version     INTEGER NOT NULL DEFAULT 1,   -- grows each time the story changes
	owner       TEXT,
	lease_until INTEGER,
	attempts    INTEGER NOT NULL DEFAULT 0,
	error       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX stream_analysis_due ON stream_analysis (due_at);

CREATE TABLE stream_feeds (
	url         TEXT PRIMARY KEY,
	state       TEXT NOT NULL DEFAULT '{}',   -- the FeedState as JSON
	next_poll   INTEGER NOT NULL,
	owner       TEXT,
	lease_until INTEGER
);
CREATE INDEX stream_feeds_due ON stream_feeds (next_poll);
