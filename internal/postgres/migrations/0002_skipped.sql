-- The inputs given for a story that gave no article, with why: its
-- dossier names them.
CREATE TABLE story_skipped (
	story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
	position INTEGER NOT NULL,
	input    TEXT NOT NULL,
	reason   TEXT NOT NULL,
	PRIMARY KEY (story_id, input, reason)
);
