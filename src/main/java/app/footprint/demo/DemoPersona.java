package app.footprint.demo;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A synthetic person whose exports from twelve companies (Google, Facebook, Instagram, X, LinkedIn,
 * Spotify, Netflix, Amazon, TikTok, Snapchat, Reddit, Discord) Footprint writes as real-layout zips, for people
 * without data of their own, for privacy classes, for the tests and the command line. The archives go
 * through the normal importers, so they copy the real files' paths, fields, formatting and quirks.
 * Everything in them is invented, and writing them twice gives the same bytes.
 */
public final class DemoPersona {
    private static final DemoPersona STANDARD = new DemoPersona();

    private DemoFacts facts;

    /** Use {@link #standard()}; tests make fresh instances to see the counts of a dry run. */
    DemoPersona() {
    }

    /** The one persona, Jana Köhler. */
    public static DemoPersona standard() {
        return STANDARD;
    }

    public String displayName() {
        return Persona.FULL_NAME;
    }

    public String description() {
        return "Jana Köhler, 33, is a nurse in Leipzig who runs, listens to indie music and, lately, to "
                + "parenting podcasts. See what twelve companies, from Google and Facebook to Amazon and TikTok, "
                + "hold about her: messages, places and purchases, but also ad interests, advertisers and "
                + "shopping apps that quietly tell a bigger story. Everything in her data is invented.";
    }

    /**
     * Writes every company's archives into {@code folder} (created if needed), replacing earlier copies:
     * Facebook, Spotify's account data and extended streaming history first, then the other services' (some
     * exports, such as Google's Takeout and Instagram's download, in two parts).
     *
     * @return the zips, in that order
     */
    public List<Path> writeTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        DemoFacts counted = writeArchives((name, content) -> written.add(writeFile(folder.resolve(name), content)));
        synchronized (this) {
            facts = counted;
        }
        return List.copyOf(written);
    }

    /** What the archives hold, counted while writing them (into nothing, if they were not written yet). */
    public synchronized DemoFacts facts() {
        if (facts == null) {
            try {
                facts = writeArchives((name, content) -> content.write(OutputStream.nullOutputStream()));
            } catch (IOException e) {
                throw new UncheckedIOException("writing to nowhere failed", e);
            }
        }
        return facts;
    }

    /** Writes one zip's bytes to a stream. */
    @FunctionalInterface
    interface ZipContent {
        void write(OutputStream out) throws IOException;
    }

    /** Where the zips go: files in a folder, or nowhere when only the counts are wanted. */
    @FunctionalInterface
    interface ZipSink {
        void accept(String fileName, ZipContent content) throws IOException;
    }

    /** Writes every archive in a fixed order; a service's archives are appended after the earlier ones. */
    private static DemoFacts writeArchives(ZipSink sink) throws IOException {
        DemoFacts.Builder facts = new DemoFacts.Builder();
        sink.accept(FacebookExportWriter.FILE_NAME, out -> facts.add(FacebookExportWriter.write(out)));
        SpotifyTally spotify = new SpotifyTally();
        SpotifyCatalog catalog = SpotifyCatalog.generate();
        List<SpotifyListening.Play> plays = new SpotifyListening(catalog).plays();
        sink.accept(SpotifyAccountDataWriter.FILE_NAME, out -> SpotifyAccountDataWriter.write(out, catalog, plays,
                spotify));
        sink.accept(SpotifyExtendedHistoryWriter.FILE_NAME, out -> SpotifyExtendedHistoryWriter.write(out, plays,
                spotify));
        facts.add(spotify.toFacts());
        sink.accept(LinkedInExportWriter.FILE_NAME, out -> facts.add(LinkedInExportWriter.write(out)));
        sink.accept(RedditExportWriter.FILE_NAME, out -> facts.add(RedditExportWriter.write(out)));
        sink.accept(DiscordPackageWriter.FILE_NAME, out -> facts.add(DiscordPackageWriter.write(out)));
        sink.accept(TwitterArchiveWriter.FILE_NAME, out -> facts.add(TwitterArchiveWriter.write(out)));
        InstagramTally instagram = new InstagramTally();
        sink.accept(InstagramExportWriter.PART_1, out -> InstagramExportWriter.writeActivity(out, instagram));
        sink.accept(InstagramExportWriter.PART_2, out -> InstagramExportWriter.writeAccountAndAds(out, instagram));
        facts.add(instagram.toFacts());
        GoogleTally google = new GoogleTally();
        List<Object> timeline = GoogleTimeline.generate();
        sink.accept(GoogleFacts.PART_1, out -> GoogleTakeoutWriter.writeFirstPart(out, google));
        sink.accept(GoogleFacts.PART_2, out -> GoogleTakeoutWriter.writeSecondPart(out, timeline, google));
        facts.add(google.toFacts());
        NetflixTally netflix = new NetflixTally();
        sink.accept(NetflixExportWriter.FILE_NAME, out -> NetflixExportWriter.write(out, netflix));
        facts.add(netflix.toFacts());
        AmazonTally amazon = new AmazonTally();
        sink.accept(AmazonOrdersWriter.FILE_NAME, out -> AmazonOrdersWriter.write(out, amazon));
        sink.accept(AmazonAdvertisingWriter.FILE_NAME, out -> AmazonAdvertisingWriter.write(out, amazon));
        sink.accept(AmazonDigitalWriter.FILE_NAME, out -> AmazonDigitalWriter.write(out, amazon));
        facts.add(amazon.toFacts());
        sink.accept(TikTokExportWriter.FILE_NAME, out -> facts.add(TikTokExportWriter.write(out)));
        sink.accept(SnapchatExportWriter.FILE_NAME, out -> facts.add(SnapchatExportWriter.write(out)));
        return facts.build();
    }

    /** Writes next to the target and then moves it, so a half-written zip never carries the real name. */
    static Path writeFile(Path target, ZipContent content) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
            content.write(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }
}
