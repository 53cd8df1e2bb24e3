-- The User-Agent header a source is fetched with (issue 15: KultuNaut's XML feed answers 403 to agents it has
-- not whitelisted); NULL means Henvis's own "Henvis/VERSION".
ALTER TABLE source ADD COLUMN user_agent TEXT;
