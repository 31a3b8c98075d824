-- Articles are stored once, by their content hash; stories link to them.
CREATE TABLE articles (
	seq          INTEGER PRIMARY KEY,          -- stable rowid for the full-text index
	id           TEXT NOT NULL UNIQUE,
	source       TEXT NOT NULL,
	outlet       TEXT,
	title        TEXT NOT NULL,
	published    TEXT,
	published_at INTEGER,                      -- unix nanoseconds, NULL when unknown
	text         TEXT NOT NULL,
	doc          TEXT NOT NULL,                -- the Article as JSON, without its text
	created_at   INTEGER NOT NULL              -- unix milliseconds
);

CREATE TABLE stories (
	id         TEXT PRIMARY KEY,
	title      TEXT NOT NULL DEFAULT '',
	articles   INTEGER NOT NULL DEFAULT 0,
	revision   INTEGER NOT NULL DEFAULT 0,
	created_at INTEGER NOT NULL,
	updated_at INTEGER NOT NULL
);
CREATE INDEX stories_updated ON stories (updated_at DESC, id);

CREATE TABLE story_articles (
	story_id   TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
	article_id TEXT NOT NULL REFERENCES articles (id),
	position   INTEGER NOT NULL,
	PRIMARY KEY (story_id, article_id)
);
CREATE INDEX story_articles_article ON story_articles (article_id);

-- One dossier per story: the latest computed.
CREATE TABLE analyses (
	story_id    TEXT PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,
	revision    INTEGER NOT NULL,
	stages      TEXT NOT NULL,
	dossier     TEXT NOT NULL,
	computed_at INTEGER NOT NULL
);

-- Full-text index over the articles table (external content: rows are
-- added by the store in the same transaction as the article).
CREATE VIRTUAL TABLE articles_fts USING fts5 (
	title, text,
	content = 'articles', content_rowid = 'seq',
	tokenize = 'porter unicode61 remove_diacritics 2'
);
