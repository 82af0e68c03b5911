package app.footprint.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes the demo persona's export archives, so that someone without data of their own can explore. */
@FunctionalInterface
public interface DemoArchives {
    /** Writes the archives (again, if need be) and returns their paths, ready to be imported. */
    List<Path> write() throws IOException;

    /** Who the persona is, in two or three sentences for the Welcome screen. */
    default String description() {
        return "A made-up person's exports from twelve companies, written on this computer in the companies' "
                + "own formats, so you can see what Footprint shows before you request your own.";
    }

    /** The same archives, introduced with the persona's own description. */
    static DemoArchives described(String description, DemoArchives archives) {
        return new DemoArchives() {
            @Override
            public List<Path> write() throws IOException {
                return archives.write();
            }

            @Override
            public String description() {
                return description;
            }
        };
    }
}
