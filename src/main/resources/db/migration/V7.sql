-- Everything the fingerprint of the active catalogue reads (OfferStore.activeFingerprint, issue 17): with it the
-- start that finds its matching index kept (ADR 0024) reads this index, not the rows, whose JSON lies before the
-- content hash.
CREATE INDEX offer_fingerprint ON offer (source, source_id, status, withdrawn_at, content_hash);
