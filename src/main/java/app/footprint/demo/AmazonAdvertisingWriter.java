package app.footprint.demo;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes {@code Advertising.zip}: per marketplace a folder {@code Advertising.N/} of one-column lists (a
 * header sentence, a blank line, one value per line): Amazon's audiences, third-party audiences in German,
 * the advertisers that brought audiences holding Jana, those whose ads she clicked, and the opt-out setting
 * per marketplace. {@code Advertising.1} is amazon.de, {@code Advertising.2} amazon.co.uk.
 */
final class AmazonAdvertisingWriter {
    static final String FILE_NAME = "Advertising.zip";

    private AmazonAdvertisingWriter() {
    }

    static void write(OutputStream out, AmazonTally tally) throws IOException {
        try (DemoZip zip = new DemoZip(out)) {
            zip.bytes("Advertising.1/Advertising.3PAudiences.csv", TableCsv.amazonList(
                    "Audiences in which you are included via 3rd Parties", AmazonContent.THIRD_PARTY_AUDIENCES, true));
            tally.thirdPartyAudiences += AmazonContent.THIRD_PARTY_AUDIENCES.size();
            zip.bytes("Advertising.1/Advertising.AdvertiserAudiences.csv", TableCsv.amazonList(
                    "Advertisers who brought audiences in which you are included", AmazonContent.ADVERTISERS, true));
            tally.advertiserAudiences += AmazonContent.ADVERTISERS.size();
            zip.bytes("Advertising.1/Advertising.AdvertiserClicks.csv", TableCsv.amazonList(
                    "Advertisers whose ads you clicked", AmazonContent.CLICKED_ADVERTISERS, true));
            tally.advertiserClicks += AmazonContent.CLICKED_ADVERTISERS.size();
            zip.bytes("Advertising.1/Advertising.AmazonAudiences.csv", TableCsv.amazonList(
                    "Amazon Audiences in which you are included", AmazonContent.AMAZON_AUDIENCES, true));
            tally.amazonAudiences += AmazonContent.AMAZON_AUDIENCES.size();
            zip.bytes("Advertising.1/Advertising.OptOut.csv", TableCsv.amazonList(
                    "Interest based ads opt out setting per marketplace", AmazonContent.OPT_OUT, false));
            tally.optOutSettings += AmazonContent.OPT_OUT.size();
            zip.bytes("Advertising.2/Advertising.AmazonAudiences.csv", TableCsv.amazonList(
                    "Amazon Audiences in which you are included", AmazonContent.UK_AUDIENCES, true));
            tally.amazonAudiences += AmazonContent.UK_AUDIENCES.size();
        }
    }
}
