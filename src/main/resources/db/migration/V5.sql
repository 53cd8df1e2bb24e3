-- The 128-bit fingerprint of the raw source record an offer was last read from, with the content hash it gave
-- ("<fingerprint>:<content_hash>", written in the letters a-p). A sync skips reading an unchanged record again (dk.henvis.catalog.
-- OfferStore.RecordSink); NULL when the offer was written without one (an import, an edit).
ALTER TABLE offer ADD COLUMN raw_hash TEXT;
