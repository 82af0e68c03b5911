package app.footprint.bench;

/**
 * What one benchmark run measured.
 *
 * @param floorSeconds  reading every entry through the decompressor and discarding the bytes
 * @param peakHeapBytes the highest used heap sampled during the import
 * @param analysisSeconds the profile analysis over the loaded database
 * @param queries       the queries the screens run, timed on the loaded database
 */
public record BenchFigures(long archiveBytes, long uncompressedBytes, long items, double floorSeconds,
                           double importSeconds, long peakHeapBytes, long databaseBytes, double analysisSeconds,
                           QueryTimes queries) {

    /** Milliseconds of the first run of each screen's query, and how many search hits were shown. */
    public record QueryTimes(double overviewMs, double companyMs, double searchMs, int searchHits) {
    }

    /** Import time over floor time: 1 would be importing as fast as merely reading. */
    public double ratio() {
        return importSeconds / floorSeconds;
    }

    public long itemsPerSecond() {
        return Math.round(items / importSeconds);
    }

    /** The last line the benchmark prints. */
    public String summary() {
        return "ratio=" + Benchmark.fixed(ratio(), 2) + " items_per_s=" + itemsPerSecond()
                + " peak_heap_mb=" + Benchmark.mb(peakHeapBytes) + " overview_ms=" + Benchmark.fixed(queries.overviewMs(), 1)
                + " search_ms=" + Benchmark.fixed(queries.searchMs(), 1) + " analysis_s=" + Benchmark.fixed(analysisSeconds, 2);
    }
}
