-- Articles are stored once, by their content hash; stories link to them.
CREATE TABLE articles (
	id           TEXT PRIMARY KEY,
	source       TEXT NOT NULL,
	outlet       TEXT,
	title        TEXT NOT NULL,
	published    TEXT,
	published_at TIMESTAMPTZ,
	text         TEXT NOT NULL,
	doc          JSONB NOT NULL,          -- the Article as JSON, without its text
	created_at   TIMESTAMPTZ NOT NULL,
	tsv          TSVECTOR GENERATED ALWAYS AS (
		setweight(to_tsvector('english', title), 'A') ||
		setweight(to_tsvector('english', text), 'D')) STORED
);
CREATE INDEX articles_tsv ON articles USING gin (tsv);

CREATE TABLE stories (
	id         TEXT PRIMARY KEY,
	title      TEXT NOT NULL DEFAULT '',
	articles   INTEGER NOT NULL DEFAULT 0,
	revision   INTEGER NOT NULL DEFAULT 0,
	created_at TIMESTAMPTZ NOT NULL,
	updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX stories_updated ON stories (updated_at DESC, id);

CREATE TABLE story_articles (
	story_id   TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
	article_id TEXT NOT NULL REFERENCES articles (id),
	position   INTEGER NOT NULL,
	PRIMARY KEY (story_id, article_id)
);
CREATE INDEX story_articles_article ON story_articles (article_id);

-- One dossier per story: the latest computed. json keeps the text as given.
CREATE TABLE analyses (
	story_id    TEXT PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,
	revision    INTEGER NOT NULL,
	stages      TEXT NOT NULL,
	dossier     JSON NOT NULL,
	computed_at TIMESTAMPTZ NOT NULL
);
