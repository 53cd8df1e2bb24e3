-- Feedback flags from the field (dk.henvis.curation.FlagStore holds all SQL for this table).
-- A worker reports that an offer's information is wrong ("Holdet er flyttet til torsdag"); the flag
-- travels to the coordinator as a flag file and comes back resolved. Nothing about a citizen is kept:
-- the text is about the offer, the date has no time of day, the unit is the staff unit's code.
CREATE TABLE offer_flag (
    id          TEXT PRIMARY KEY,          -- a random UUID: the same flag imported twice is one flag
    source      TEXT NOT NULL,
    source_id   TEXT NOT NULL,
    offer_name  TEXT NOT NULL,
    text        TEXT NOT NULL,
    created_on  TEXT NOT NULL,
    unit        TEXT,
    origin      TEXT NOT NULL,             -- the installation id of the laptop that raised it
    status      TEXT NOT NULL CHECK (status IN ('open', 'resolved')),
    resolved_on TEXT
);

CREATE INDEX offer_flag_offer ON offer_flag (source, source_id);
CREATE INDEX offer_flag_status ON offer_flag (status);
