-- Each workshop has two docs in the same log: the shared doc every member syncs, and the hidden doc that never
-- leaves the server (who wrote which card, private drafts, dots before results, private notices, undo history).

ALTER TABLE doc_updates ADD COLUMN doc text NOT NULL DEFAULT 'shared' CHECK (doc IN ('shared', 'hidden'));
DROP INDEX doc_updates_by_workshop;
CREATE INDEX doc_updates_by_workshop ON doc_updates (workshop_id, doc, seq);

ALTER TABLE doc_snapshots ADD COLUMN doc text NOT NULL DEFAULT 'shared' CHECK (doc IN ('shared', 'hidden'));
ALTER TABLE doc_snapshots DROP CONSTRAINT doc_snapshots_pkey;
ALTER TABLE doc_snapshots ADD PRIMARY KEY (workshop_id, doc);
