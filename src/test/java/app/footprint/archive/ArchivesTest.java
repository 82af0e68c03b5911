package app.footprint.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.footprint.testing.ZipBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchivesTest {
    @TempDir
    Path dir;

    private static Map<String, String> readAll(ArchivePart part) throws IOException {
        try (ArchiveTree tree = ArchiveTree.of(List.of(part))) {
            return readAll(tree);
        }
    }

    private static Map<String, String> readAll(ArchiveTree tree) throws IOException {
        Map<String, String> contents = new LinkedHashMap<>();
        tree.read(tree.paths(), ReadListener.NONE,
                (entry, in) -> contents.put(entry.path(), new String(in.readAllBytes(), StandardCharsets.UTF_8)),
                (entry, cause) -> contents.put(entry.path(), "UNREADABLE " + cause.getMessage()));
        return contents;
    }

    @Test
    void readsAZipByContentWhateverItIsCalled() throws IOException {
        Path zip = new ZipBuilder().add("a/one.json", "{\"n\":1}").add("b.txt", "two").writeTo(dir.resolve("export.pdf"));
        ArchivePart part = Archives.open(zip, ArchiveLimits.defaults());
        assertThat(part.containerType()).isEqualTo("zip");
        assertThat(readAll(part)).containsExactly(Map.entry("a/one.json", "{\"n\":1}"), Map.entry("b.txt", "two"));
    }

    @Test
    void readsTarGzAndTarAndFoldersAndLoneFiles() throws IOException {
        Path tgz = writeTar(dir.resolve("takeout.tgz"), true, Map.of("Takeout/x.json", "[1]"));
        Path tar = writeTar(dir.resolve("plain.tar"), false, Map.of("y.json", "[2]"));
        Path folder = new ZipBuilder().add("sub/z.json", "[3]").writeFolder(dir.resolve("unpacked"));
        Path lone = Files.writeString(dir.resolve("user_data_tiktok.json"), "{}");

        assertThat(readAll(Archives.open(tgz, ArchiveLimits.defaults()))).containsExactly(Map.entry("Takeout/x.json", "[1]"));
        assertThat(readAll(Archives.open(tar, ArchiveLimits.defaults()))).containsExactly(Map.entry("y.json", "[2]"));
        assertThat(readAll(Archives.open(folder, ArchiveLimits.defaults()))).containsExactly(Map.entry("sub/z.json", "[3]"));
        assertThat(readAll(Archives.open(lone, ArchiveLimits.defaults()))).containsExactly(Map.entry("user_data_tiktok.json", "{}"));
    }

    @Test
    void mergesPartsOfOneExportByPath() throws IOException {
        Path one = new ZipBuilder().add("ads_information/a.json", "A").add("index.html", "first").writeTo(dir.resolve("part_1.zip"));
        Path two = new ZipBuilder().add("messages/b.json", "B").add("index.html", "second").writeTo(dir.resolve("part_2.zip"));
        try (ArchiveTree tree = ArchiveTree.of(List.of(Archives.open(one, ArchiveLimits.defaults()),
                Archives.open(two, ArchiveLimits.defaults())))) {
            assertThat(tree.paths()).containsExactlyInAnyOrder("ads_information/a.json", "index.html", "messages/b.json");
            assertThat(readAll(tree)).containsEntry("index.html", "first").containsEntry("messages/b.json", "B");
            assertThat(tree.rejected()).extracting(RejectedEntry::name).containsExactly("part_2.zip: index.html");
            assertThat(tree.sourceNames()).isEqualTo("part_1.zip, part_2.zip");
        }
    }

    @Test
    void rejectsTraversalAbsoluteAndDriveLetterNamesAndMacMetadata() throws IOException {
        Path zip = new ZipBuilder()
                .add("../../evil.json", "x").add("/etc/passwd", "x").add("C:\\windows\\x.json", "x")
                .add("a\\..\\..\\b.json", "x").add("__MACOSX/._a.json", "x").add("good/._a.json", "x")
                .add("good/a.json", "ok").writeTo(dir.resolve("hostile.zip"));
        ArchivePart part = Archives.open(zip, ArchiveLimits.defaults());
        assertThat(part.entries()).extracting(ArchiveEntry::path).containsExactly("good/a.json");
        assertThat(part.rejected()).extracting(RejectedEntry::reason).containsExactly(
                "unsafe name: path traversal (\"..\")", "unsafe name: absolute path", "unsafe name: drive-letter path",
                "unsafe name: path traversal (\"..\")", "macOS metadata, not part of the export",
                "macOS metadata, not part of the export");
    }

    @Test
    void rejectsLinksInZipTarAndFolders() throws IOException {
        Path zip = dir.resolve("links.zip");
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip)) {
            ZipArchiveEntry link = new ZipArchiveEntry("link.json");
            link.setUnixMode(0120777);
            out.putArchiveEntry(link);
            out.write("/etc/passwd".getBytes(StandardCharsets.UTF_8));
            out.closeArchiveEntry();
            ZipArchiveEntry file = new ZipArchiveEntry("file.json");
            out.putArchiveEntry(file);
            out.write("{}".getBytes(StandardCharsets.UTF_8));
            out.closeArchiveEntry();
        }
        ArchivePart zipPart = Archives.open(zip, ArchiveLimits.defaults());
        assertThat(zipPart.entries()).extracting(ArchiveEntry::path).containsExactly("file.json");
        assertThat(zipPart.rejected()).extracting(RejectedEntry::name).containsExactly("link.json");

        Path tgz = dir.resolve("links.tgz");
        try (OutputStream file = Files.newOutputStream(tgz);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(file))) {
            TarArchiveEntry sym = new TarArchiveEntry("sym.json", TarArchiveEntry.LF_SYMLINK);
            sym.setLinkName("/etc/passwd");
            tar.putArchiveEntry(sym);
            tar.closeArchiveEntry();
            TarArchiveEntry hard = new TarArchiveEntry("hard.json", TarArchiveEntry.LF_LINK);
            hard.setLinkName("/etc/shadow");
            tar.putArchiveEntry(hard);
            tar.closeArchiveEntry();
        }
        assertThat(Archives.open(tgz, ArchiveLimits.defaults()).rejected()).extracting(RejectedEntry::name)
                .containsExactly("sym.json", "hard.json");

        Path folder = Files.createDirectories(dir.resolve("folder"));
        Files.writeString(folder.resolve("real.json"), "{}");
        Path secret = Files.writeString(dir.resolve("secret.txt"), "not part of the export");
        Files.createSymbolicLink(folder.resolve("outside.json"), secret);
        ArchivePart folderPart = Archives.open(folder, ArchiveLimits.defaults());
        assertThat(folderPart.entries()).extracting(ArchiveEntry::path).containsExactly("real.json");
        assertThat(folderPart.rejected()).extracting(RejectedEntry::name).containsExactly("outside.json");
    }

    @Test
    void stopsAZipBombByItsCompressionRatio() throws IOException {
        byte[] zeros = new byte[20 << 20];
        Path bomb = new ZipBuilder().add("bomb.json", zeros).add("fine.json", "{}").writeTo(dir.resolve("bomb.zip"));
        List<String> read = new ArrayList<>();
        try (ArchiveTree tree = ArchiveTree.of(List.of(Archives.open(bomb, ArchiveLimits.defaults())))) {
            assertThatThrownBy(() -> tree.read(Set.of("bomb.json"), ReadListener.NONE, (e, in) -> in.readAllBytes(), (e, c) -> { }))
                    .isInstanceOf(LimitExceededException.class)
                    .hasMessageContaining("bomb.zip: bomb.json: compression ratio above 100:1");
            tree.read(Set.of("fine.json"), ReadListener.NONE, (e, in) -> read.add(new String(in.readAllBytes(), StandardCharsets.UTF_8)), (e, c) -> { });
        }
        assertThat(read).containsExactly("{}");
    }

    @Test
    void stopsATarGzBombWhileListing() throws IOException {
        Path bomb = writeTar(dir.resolve("bomb.tgz"), true, Map.of("zeros.bin", "\0".repeat(20 << 20)));
        assertThatThrownBy(() -> Archives.open(bomb, ArchiveLimits.defaults()))
                .isInstanceOf(LimitExceededException.class).hasMessageContaining("compression ratio above 100:1");
    }

    @Test
    void capsTheBytesOfOneEntryWhateverItsHeaderSays() throws IOException {
        Path zip = new ZipBuilder().add("big.json", "x".repeat(5000)).writeTo(dir.resolve("big.zip"));
        ArchiveLimits small = new ArchiveLimits(100, 1000, 1 << 20, 1e9, 1 << 20);
        try (ArchiveTree tree = ArchiveTree.of(List.of(Archives.open(zip, small)))) {
            assertThatThrownBy(() -> tree.read(tree.paths(), ReadListener.NONE, (e, in) -> in.readAllBytes(), (e, c) -> { }))
                    .isInstanceOf(LimitExceededException.class).hasMessageContaining("larger than 1000 bytes");
        }
    }

    @Test
    void capsTheNumberOfEntries() throws IOException {
        ZipBuilder many = new ZipBuilder();
        for (int i = 0; i < 20; i++) {
            many.add("f" + i + ".json", "{}");
        }
        ArchivePart part = Archives.open(many.writeTo(dir.resolve("many.zip")), new ArchiveLimits(10, 1 << 20, 1 << 30, 100, 1 << 20));
        assertThat(part.entries()).hasSize(10);
        assertThat(part.rejected()).singleElement().extracting(RejectedEntry::reason).asString()
                .contains("more than 10 entries");
    }

    @Test
    void namesWhatAFileReallyIsWhenItIsNoArchive() throws IOException {
        Path png = Files.write(dir.resolve("export.zip"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        Path pdf = Files.writeString(dir.resolve("export2.zip"), "%PDF-1.7 ...");
        Path empty = Files.createFile(dir.resolve("empty.zip"));
        assertThatThrownBy(() -> Archives.open(png, ArchiveLimits.defaults())).hasMessage("export.zip: a PNG image, not an export archive");
        assertThatThrownBy(() -> Archives.open(pdf, ArchiveLimits.defaults())).hasMessage("export2.zip: a PDF document, not an export archive");
        assertThatThrownBy(() -> Archives.open(empty, ArchiveLimits.defaults())).hasMessage("empty.zip: the file is empty");
        assertThatThrownBy(() -> Archives.open(dir.resolve("missing.zip"), ArchiveLimits.defaults()))
                .hasMessage("missing.zip: no such file or folder");
    }

    @Test
    void aTruncatedZipIsAClearError() throws IOException {
        Path zip = new ZipBuilder().add("a.json", "{\"a\":1}".repeat(1000)).writeTo(dir.resolve("cut.zip"));
        byte[] bytes = Files.readAllBytes(zip);
        Files.write(zip, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> Archives.open(zip, ArchiveLimits.defaults()))
                .isInstanceOf(ArchiveException.class).hasMessageStartingWith("cut.zip: not a readable zip archive");
    }

    @Test
    void aTruncatedTarGzKeepsTheEntriesBeforeTheDamage() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("first.json", "{\"first\":true}");
        StringBuilder noise = new StringBuilder();
        java.util.Random random = new java.util.Random(1);
        for (int i = 0; i < 200_000; i++) {
            noise.append((char) ('a' + random.nextInt(26)));
        }
        files.put("second.json", noise.toString());
        Path tgz = writeTar(dir.resolve("cut.tgz"), true, files);
        byte[] bytes = Files.readAllBytes(tgz);
        Files.write(tgz, java.util.Arrays.copyOf(bytes, bytes.length - 20_000));
        ArchivePart part = Archives.open(tgz, ArchiveLimits.defaults());
        assertThat(part.entries()).extracting(ArchiveEntry::path).contains("first.json");
        try (ArchiveTree tree = ArchiveTree.of(List.of(part))) {
            Map<String, String> read = new LinkedHashMap<>();
            // Like the import runner, the visitor keeps what it can and notes the entry that broke.
            tree.read(tree.paths(), ReadListener.NONE, (e, in) -> {
                try {
                    read.put(e.path(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException broken) {
                    read.put(e.path(), "BROKEN");
                }
            }, (e, c) -> { });
            assertThat(read).containsEntry("first.json", "{\"first\":true}").containsEntry("second.json", "BROKEN");
        }
    }

    @Test
    void theFingerprintFollowsContentNotNames() throws IOException {
        ZipBuilder export = new ZipBuilder().add("a.json", "{\"a\":1}").add("b.json", "{\"b\":2}");
        Path one = export.writeTo(dir.resolve("one.zip"));
        Path renamed = export.writeTo(dir.resolve("renamed-copy.zip"));
        Path changed = new ZipBuilder().add("a.json", "{\"a\":1}").add("b.json", "{\"b\":3}").writeTo(dir.resolve("changed.zip"));
        assertThat(fingerprint(one)).isEqualTo(fingerprint(renamed)).isNotEqualTo(fingerprint(changed));
    }

    private static String fingerprint(Path zip) throws IOException {
        try (ArchiveTree tree = ArchiveTree.of(List.of(Archives.open(zip, ArchiveLimits.defaults())))) {
            return tree.fingerprint();
        }
    }

    @Test
    void reportsProgressByTheBytesReallyRead() throws IOException {
        Path zip = new ZipBuilder().add("a.json", "x".repeat(10_000)).writeTo(dir.resolve("p.zip"));
        long[] total = {0};
        try (ArchiveTree tree = ArchiveTree.of(List.of(Archives.open(zip, ArchiveLimits.defaults())))) {
            tree.read(tree.paths(), n -> total[0] += n, (e, in) -> in.transferTo(new ByteArrayOutputStream()), (e, c) -> { });
        }
        assertThat(total[0]).isEqualTo(10_000);
    }

    private static Path writeTar(Path file, boolean gzip, Map<String, String> files) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file);
             OutputStream compressed = gzip ? new GzipCompressorOutputStream(raw) : raw;
             TarArchiveOutputStream tar = new TarArchiveOutputStream(compressed)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Map.Entry<String, String> e : files.entrySet()) {
                byte[] bytes = e.getValue().getBytes(StandardCharsets.UTF_8);
                TarArchiveEntry entry = new TarArchiveEntry(e.getKey());
                entry.setSize(bytes.length);
                tar.putArchiveEntry(entry);
                tar.write(bytes);
                tar.closeArchiveEntry();
            }
        }
        return file;
    }
}
