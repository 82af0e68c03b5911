package app.footprint.cli;

import picocli.CommandLine;

/** The version from the jar's manifest (set by Maven), or "development" when run from classes. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[] {"Footprint " + (v == null ? "development" : v)};
    }
}
