package dk.henvis.referrals;

/**
 * What an import of pooling files did.
 *
 * @param added          referrals new to this log
 * @param followupsAdded follow-ups added to referrals this log already had without one
 * @param alreadyKnown   referrals this log already had (the same code counts once)
 * @param conflicts      a code this log already has for a different referral (another date or unit):
 *                       kept as it was here, the imported one skipped
 * @param pastRetention  skipped because they are older than the retention period
 */
public record PoolImport(int added, int followupsAdded, int alreadyKnown, int conflicts, int pastRetention) {
}
