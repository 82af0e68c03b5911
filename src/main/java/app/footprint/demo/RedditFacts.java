package app.footprint.demo;

/**
 * What Jana's Reddit export holds, counted while it was written.
 *
 * @param files                     data files listed in {@code checkfile.csv} (all files but the checkfile)
 * @param subscriptions             communities in {@code subscribed_subreddits.csv}
 * @param pregnancySubscriptions    ... of which about pregnancy and parenting
 * @param posts                     rows of {@code posts.csv}
 * @param comments                  rows of {@code comments.csv}
 * @param commentsAboutPregnancy    ... of which in pregnancy and parenting communities, all after July 2023
 * @param postVotes                 rows of {@code post_votes.csv}
 * @param commentVotes              rows of {@code comment_votes.csv}
 * @param savedPosts                rows of {@code saved_posts.csv}
 * @param savedComments             rows of {@code saved_comments.csv}
 * @param hiddenPosts               rows of {@code hidden_posts.csv}
 * @param privateMessages           rows of {@code messages.csv}
 * @param chatMessages              rows of {@code chat_history.csv}
 * @param ipLogEntries              rows of {@code ip_logs.csv}, the registration address included
 * @param profileFacts              gender, birth date, account statistics (the export time left out) and
 *                                  settings that are not about ads
 * @param adSettings                settings about ads and personalisation in {@code user_preferences.csv}
 * @param sensitiveAdTopics         rows of {@code sensitive_ads_preferences.csv}
 * @param sensitiveAdTopicsShown    ... of which she still gets ads about
 * @param language                  the language of her settings
 */
public record RedditFacts(int files, int subscriptions, int pregnancySubscriptions, int posts, int comments,
                          int commentsAboutPregnancy, int postVotes, int commentVotes, int savedPosts,
                          int savedComments, int hiddenPosts, int privateMessages, int chatMessages,
                          int ipLogEntries, int profileFacts, int adSettings, int sensitiveAdTopics,
                          int sensitiveAdTopicsShown, String language) {

    public int votes() {
        return postVotes + commentVotes;
    }

    public int messages() {
        return privateMessages + chatMessages;
    }
}
