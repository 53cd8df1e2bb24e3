-- The anonymous referral log (dk.henvis.referrals). Nothing here identifies a citizen: no name,
-- CPR number, address, phone, exact age or free text. See src/site/adr/*-referrals-privacy.md.
-- Dates only (no time of day): a timestamp beside a unit could point at one visit.
CREATE TABLE referral (
    id                INTEGER PRIMARY KEY,
    referral_code     TEXT    NOT NULL UNIQUE,
    referred_on       TEXT    NOT NULL,
    unit              TEXT,
    focus             TEXT    CHECK (focus IN ('forebyg', 'tidlig', 'stoette')),
    age_band          TEXT,
    postcode          TEXT    CHECK (postcode IS NULL OR (length(postcode) = 4 AND postcode NOT GLOB '*[^0-9]*')),
    followup_consent  INTEGER NOT NULL DEFAULT 0 CHECK (followup_consent IN (0, 1)),
    ucla_1            INTEGER CHECK (ucla_1 BETWEEN 1 AND 3),
    ucla_2            INTEGER CHECK (ucla_2 BETWEEN 1 AND 3),
    ucla_3            INTEGER CHECK (ucla_3 BETWEEN 1 AND 3)
);

CREATE INDEX referral_date ON referral (referred_on);

-- The offers a referral named, as they were at that time (the catalogue may change later).
CREATE TABLE referral_offer (
    referral_id  INTEGER NOT NULL REFERENCES referral (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    source       TEXT    NOT NULL,
    offer_id     TEXT    NOT NULL,
    name         TEXT    NOT NULL,
    category     TEXT,
    PRIMARY KEY (referral_id, position)
);

-- At most one follow-up per referral.
CREATE TABLE followup (
    referral_id   INTEGER PRIMARY KEY REFERENCES referral (id) ON DELETE CASCADE,
    followed_on   TEXT    NOT NULL,
    attended      INTEGER NOT NULL CHECK (attended IN (0, 1)),
    still_going   INTEGER CHECK (still_going IN (0, 1)),
    ucla_1        INTEGER CHECK (ucla_1 BETWEEN 1 AND 3),
    ucla_2        INTEGER CHECK (ucla_2 BETWEEN 1 AND 3),
    ucla_3        INTEGER CHECK (ucla_3 BETWEEN 1 AND 3)
);

-- Settings of the log, e.g. retention_months (default 24).
CREATE TABLE referral_setting (
    name   TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);

INSERT INTO referral_setting (name, value) VALUES ('retention_months', '24');
