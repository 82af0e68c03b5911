package app.footprint.importers.facebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.footprint.importers.common.FormatException;
import app.footprint.model.Category;
import app.footprint.model.Item;
import app.footprint.testing.ParserRun;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostsParserTest {
    private static final String POSTS = """
            [
              {"timestamp": 1698272460, "title": "Jana M\\u00c3\\u00bcller hat ihren Status aktualisiert.",
               "data": [{"update_timestamp": 1698272460}, {"post": "Sch\\u00c3\\u00b6ner Tag in Unna \\u00f0\\u009f\\u0099\\u0082"}],
               "attachments": [{"data": [{"place": {"name": "Kurpark Unna", "coordinate": {"latitude": 51.5, "longitude": 7.7}}}]}]},
              {"timestamp": 1665849123456789, "data": [{"post": "ohne Zeit"}]},
              "kein Beitrag",
              {"timestamp": 1698000000, "title": "Jana M\\u00c3\\u00bcller hat einen Link geteilt.",
               "attachments": [{"data": [{"external_context": {"url": "https://example.org/"}}, {"media": {"uri": "a.jpg"}}]}]}
            ]""";

    @Test
    void readsTheRootListOfPosts() throws IOException {
        ParserRun run = ParserRun.of(new PostsParser(),
                "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json", POSTS);

        List<Item> posts = run.sink.items(Category.POSTS);
        assertThat(posts).hasSize(3);
        assertThat(posts.get(0).title()).isEqualTo("Jana Müller hat ihren Status aktualisiert.");
        assertThat(posts.get(0).detail()).isEqualTo("Schöner Tag in Unna 🙂");
        assertThat(posts.get(0).at()).isEqualTo(Instant.ofEpochSecond(1698272460));
        assertThat(posts.get(0).attributes()).containsEntry("place", "Kurpark Unna");
        assertThat(posts.get(1).title()).isEqualTo("Post");
        assertThat(posts.get(1).at()).isNull();
        assertThat(posts.get(2).attributes()).containsEntry("link", "https://example.org/").containsEntry("media", "1");
        assertThat(posts).extracting(i -> i.source().position()).containsExactly(0L, 1L, 3L);
        // the impossible time and the text that is no post
        assertThat(run.file.problemCount()).isEqualTo(2);
    }

    @Test
    void readsTheOlderFileName() throws IOException {
        ParserRun run = ParserRun.of(new PostsParser(), "posts/your_posts_1.json", POSTS);

        assertThat(run.sink.items(Category.POSTS)).hasSize(3);
    }

    @Test
    void failsWhenTheRootIsNotAList() {
        assertThatThrownBy(() -> ParserRun.of(new PostsParser(), "posts/your_posts_1.json", "{\"posts\": []}"))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("list");
    }
}
