-- The stream: a queue of raw documents claimed under leases (FOR UPDATE SKIP
-- LOCKED), the log of story assignments with their explanations, analysis
-- jobs and polled feeds, shared by every worker of one database.
CREATE TABLE stream_items (
	seq         BIGSERIAL PRIMARY KEY,
	batch       TEXT NOT NULL,
	doc_key     TEXT NOT NULL UNIQUE,         -- the document's identity: enqueue is idempotent
	source      TEXT NOT NULL,
	doc         TEXT NOT NULL,                -- the Document as JSON, without its body (text: JSONB refuses \u0000)
	body        BYTEA NOT NULL,
	state       TEXT NOT NULL DEFAULT 'queued',
	owner       TEXT,
	lease_until TIMESTAMPTZ,
	attempts    INTEGER NOT NULL DEFAULT 0,
	article_id  TEXT,
	note        TEXT NOT NULL DEFAULT '',
	created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
	updated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
-- Claims scan the open items only.
CREATE INDEX stream_items_open ON stream_items (seq) WHERE state IN ('queued', 'claimed');
CREATE INDEX stream_items_extracted ON stream_items (seq) WHERE state = 'extracted';
CREATE INDEX stream_items_batch ON stream_items (batch, state);

-- One row per article of the stream: the story it joined and why. The
-- unique article is what makes assignment happen once.
CREATE TABLE stream_assignments (
	log_seq     BIGSERIAL PRIMARY KEY,
	article_id  TEXT NOT NULL UNIQUE REFERENCES articles (id),
	story_id    TEXT NOT NULL,
	first_story TEXT NOT NULL,                -- the story it joined, before any merge
	item_seq    BIGINT NOT NULL,
	is_new      BOOLEAN NOT NULL,
	score       DOUBLE PRECISION NOT NULL,
	shares      JSONB NOT NULL,
	explanation TEXT NOT NULL,
	worker      TEXT NOT NULL,
	assigned_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX stream_assignments_story ON stream_assignments (story_id, log_seq);
CREATE INDEX stream_assignments_item ON stream_assignments (item_seq);

-- Stories folded into another by a merge: links to them can be redirected.
CREATE TABLE stream_merges (
	from_id   TEXT PRIMARY KEY,
	into_id   TEXT NOT NULL,
	merged_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Stories whose dossier must be computed again.
CREATE TABLE stream_analysis (
	story_id    TEXT PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,
	due_at      TIMESTAMPTZ NOT NULL,
	version     BIGINT NOT NULL DEFAULT 1,    -- grows each time the story changes
	owner       TEXT,
	lease_until TIMESTAMPTZ,
	attempts    INTEGER NOT NULL DEFAULT 0,
	error       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX stream_analysis_due ON stream_analysis (due_at);

CREATE TABLE stream_feeds (
	url         TEXT PRIMARY KEY,
	state       JSONB NOT NULL,
	next_poll   TIMESTAMPTZ NOT NULL,
	owner       TEXT,
	lease_until TIMESTAMPTZ
);
CREATE INDEX stream_feeds_due ON stream_feeds (next_poll);
