package app.footprint.importers.discord;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.importers.FileParser;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DiscordFilesTest {
    private static Class<?> parserOf(String path) {
        Optional<FileParser> parser = DiscordFiles.parserFor(path);
        return parser.<Class<?>>map(Object::getClass).orElse(null);
    }

    @Test
    void everyGenerationAndCaseOfTheFoldersFindsItsParser() {
        assertThat(parserOf("account/user.json")).isEqualTo(AccountParser.class);
        assertThat(parserOf("Account/user.json")).isEqualTo(AccountParser.class);
        assertThat(parserOf("package/account/user.json")).isEqualTo(AccountParser.class);
        assertThat(parserOf("activity/analytics/events-2021-00000-of-00001.json")).isEqualTo(ActivityEventsParser.class);
        assertThat(parserOf("Activity/modeling/events-2024-00003-of-00004.json")).isEqualTo(ActivityEventsParser.class);
        assertThat(parserOf("activity/tns/events-2020-00000-of-00001.json")).isEqualTo(ActivityEventsParser.class);
        assertThat(parserOf("messages/index.json")).isEqualTo(ChannelIndexParser.class);
        assertThat(parserOf("Messages/index.json")).isEqualTo(ChannelIndexParser.class);
        assertThat(parserOf("messages/c845021187654321098/messages.csv")).isEqualTo(MessagesCsvParser.class);
        assertThat(parserOf("messages/364055685807210506/messages.csv")).isEqualTo(MessagesCsvParser.class);
        assertThat(parserOf("Messages/c845021187654321098/messages.json")).isEqualTo(MessagesJsonParser.class);
        assertThat(parserOf("servers/index.json")).isEqualTo(ServerIndexParser.class);
        assertThat(parserOf("Servers/780000000000000001/audit-log.json")).isEqualTo(AuditLogParser.class);
    }

    @Test
    void filesKnownButNotReadAndOtherServicesFilesHaveNoParser() {
        assertThat(parserOf("README.txt")).isNull();
        assertThat(parserOf("account/avatar.png")).isNull();
        assertThat(parserOf("messages/c845021187654321098/channel.json")).isNull();
        assertThat(parserOf("servers/780000000000000001/guild.json")).isNull();
        assertThat(parserOf("programs/partner/application.json")).isNull();
        assertThat(parserOf("Activities/preferences.json")).isNull();
        assertThat(parserOf("your_facebook_activity/messages/inbox/tom_123/message_1.json")).isNull();
        assertThat(parserOf("messages/inbox/tom_123/message_1.json")).isNull();
        assertThat(parserOf("messages.csv")).isNull();
        assertThat(parserOf("myaccount/user.json")).isNull();
    }

    @Test
    void idsComeFromTheFolders() {
        assertThat(DiscordFiles.channelId("Messages/c845021187654321098/messages.json")).isEqualTo("845021187654321098");
        assertThat(DiscordFiles.channelId("messages/364055685807210506/messages.csv")).isEqualTo("364055685807210506");
        assertThat(DiscordFiles.serverId("servers/780000000000000001/audit-log.json")).isEqualTo("780000000000000001");
    }
}
