package app.footprint.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Opens what the person gave, recognising the container by its first bytes, never by its file name. */
public final class Archives {
    private Archives() {
    }

    public static ArchivePart open(Path path, ArchiveLimits limits) throws ArchiveException {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        if (!Files.exists(path)) {
            throw new ArchiveException(name + ": no such file or folder");
        }
        if (Files.isDirectory(path)) {
            return new FolderPart(path, limits);
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(512);
        } catch (IOException e) {
            throw new ArchiveException(name + ": cannot be read (" + ZipPart.describe(e) + ")", e);
        }
        if (head.length == 0) {
            throw new ArchiveException(name + ": the file is empty");
        }
        if (startsWith(head, 'P', 'K', 3, 4) || startsWith(head, 'P', 'K', 5, 6) || startsWith(head, 'P', 'K', 7, 8)) {
            return new ZipPart(path, limits);
        }
        if (startsWith(head, 0x1f, 0x8b)) {
            return new TarPart(path, limits, true);
        }
        if (head.length >= 262 && new String(head, 257, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("ustar")) {
            return new TarPart(path, limits, false);
        }
        String notAnArchive = knownNonArchive(head);
        if (notAnArchive != null) {
            throw new ArchiveException(name + ": " + notAnArchive + ", not an export archive");
        }
        try {
            return new SingleFilePart(path, limits);
        } catch (IOException e) {
            throw new ArchiveException(name + ": cannot be read (" + ZipPart.describe(e) + ")", e);
        }
    }

    /** Names the common files people drop by mistake, so the message says what the file really is. */
    private static String knownNonArchive(byte[] head) {
        if (startsWith(head, 0x89, 'P', 'N', 'G')) {
            return "a PNG image";
        }
        if (startsWith(head, 0xff, 0xd8, 0xff)) {
            return "a JPEG image";
        }
        if (startsWith(head, '%', 'P', 'D', 'F')) {
            return "a PDF document";
        }
        if (startsWith(head, 'R', 'a', 'r', '!')) {
            return "a RAR archive (Footprint reads zip, tar.gz and folders)";
        }
        if (startsWith(head, '7', 'z', 0xbc, 0xaf)) {
            return "a 7-Zip archive (Footprint reads zip, tar.gz and folders)";
        }
        return null;
    }

    private static boolean startsWith(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        return Arrays.equals(Arrays.copyOf(head, magic.length), toBytes(magic));
    }

    private static byte[] toBytes(int[] values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
