package app.footprint.demo;

/**
 * What the heavy persona wrote, counted record by record while writing (see {@link HeavyPersona}).
 *
 * @param locationRecords   points in Google's {@code Location History/Records.json}
 * @param activityEntries   records in Google's My Activity files, all products together
 * @param messages          Messenger messages in Facebook's {@code message_N.json} files
 * @param streams           plays in Spotify's {@code StreamingHistory_music_N.json} files
 * @param orders            order lines in Amazon's {@code Retail.OrderHistory.1.csv}
 * @param statedInferences  stated inferences as the importers hand them over, all companies together: one
 *                          per entry of an inference file, one per company of Facebook's off-Meta activity,
 *                          and Google's Discover topics and inferred places once each; every value is
 *                          different from the others of its kind and company
 * @param uncompressedBytes the sizes of all entries of all zips, added up
 * @param files             entries in all zips
 */
public record HeavyFacts(long locationRecords, long activityEntries, long messages, long streams, long orders,
                         long statedInferences, long uncompressedBytes, long files) {
}
