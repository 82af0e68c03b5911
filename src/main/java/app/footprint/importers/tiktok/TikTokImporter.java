package app.footprint.importers.tiktok;

import app.footprint.archive.ArchiveTree;
import app.footprint.importers.FileParser;
import app.footprint.importers.Importer;
import app.footprint.importers.Recognition;
import app.footprint.model.Service;
import java.util.Optional;

/**
 * Reads TikTok's "Download your data" exports: the one JSON file of 2022 ({@code user_data.json}) and of
 * 2024+ ({@code user_data_tiktok.json}, renamed sections), and the text export of 2024–25 (a folder of
 * {@code .txt} files). It reads watch, search, login and share history, likes, favourites, follows, direct
 * messages, comments, posts, profile, settings and shop orders, and what TikTok states it concluded: ad
 * interests, off-TikTok activity, data partners, the inferred gender and region, the chosen interests.
 */
public final class TikTokImporter implements Importer {
    @Override
    public Service service() {
        return Service.TIKTOK;
    }

    @Override
    public Recognition recognise(ArchiveTree tree) {
        return TikTokRecogniser.recognise(tree);
    }

    @Override
    public Optional<FileParser> parserFor(String path) {
        return TikTokFiles.parserFor(path);
    }
}
