package app.footprint.ui.importing;

/**
 * How far an import has got, as the Import screen shows it.
 *
 * @param export   the export being read, e.g. "Facebook · facebook-jana.zip (1 of 2)"
 * @param file     the file inside it being read
 * @param fraction 0 to 1 over all exports by bytes; negative while the archives are being opened
 */
record ImportStatus(String export, String file, double fraction) {
}
