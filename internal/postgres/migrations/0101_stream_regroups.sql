-- Where in the assignment log each regrouping was made: the newest log entry
-- when it ran. A worker taking the assignment role replays the log and
-- regroups at the same places, so that it makes the regroupings the holders
-- made. times counts the regroupings made at one place; worker and
-- made_at are for diagnosis only.
CREATE TABLE stream_regroups (
	log_seq BIGINT PRIMARY KEY,
	times   INTEGER NOT NULL DEFAULT 1,
	worker  TEXT NOT NULL,
	made_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Regroupings are recorded from this migration on: the log head when it ran.
-- Those made at or before it were not recorded.
CREATE TABLE stream_regroups_from (
	id      INTEGER PRIMARY KEY CHECK (id = 1),
	log_seq BIGINT NOT NULL
);
INSERT INTO stream_regroups_from (id, log_seq) SELECT 1, coalesce(max(log_seq), 0) FROM stream_assignments;
