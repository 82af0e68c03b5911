package app.footprint.archive;

import java.util.Optional;
import java.util.regex.Pattern;

/** Checks entry names before anything else sees them, so that no later code meets a hostile path. */
final class EntryNames {
    private static final Pattern DRIVE_LETTER = Pattern.compile("^[A-Za-z]:.*");

    private EntryNames() {
    }

    /** Why an entry name is refused, or empty if it is safe. */
    static Optional<String> problem(String rawName) {
        if (rawName == null || rawName.isEmpty()) {
            return Optional.of("empty name");
        }
        if (rawName.indexOf('\0') >= 0) {
            return Optional.of("name contains a NUL character");
        }
        String name = rawName.replace('\\', '/');
        if (name.startsWith("/")) {
            return Optional.of("absolute path");
        }
        if (DRIVE_LETTER.matcher(name).matches()) {
            return Optional.of("drive-letter path");
        }
        for (String segment : name.split("/")) {
            if (segment.equals("..")) {
                return Optional.of("path traversal (\"..\")");
            }
        }
        return Optional.empty();
    }

    /** A safe name with '/' separators, without "./" segments or a trailing slash. */
    static String normalise(String rawName) {
        String name = rawName.replace('\\', '/');
        StringBuilder out = new StringBuilder(name.length());
        for (String segment : name.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(segment);
        }
        return out.toString();
    }

    /** macOS resource forks and Finder folders that re-packed archives carry; their bytes are not data. */
    static boolean isMacMetadata(String path) {
        if (path.startsWith("__MACOSX/") || path.equals("__MACOSX")) {
            return true;
        }
        int slash = path.lastIndexOf('/');
        String fileName = slash < 0 ? path : path.substring(slash + 1);
        return fileName.startsWith("._") || fileName.equals(".DS_Store");
    }
}
