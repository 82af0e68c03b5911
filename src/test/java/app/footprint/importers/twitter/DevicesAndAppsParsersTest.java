package app.footprint.importers.twitter;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Category;
import app.footprint.model.Item;
import app.footprint.testing.ParserRun;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DevicesAndAppsParsersTest {
    @Test
    void notificationTokensWithoutTheTokens() throws IOException {
        ParserRun run = ParserRun.of(new DevicesParser(), "data/device-token.js", """
                window.YTD.device_token.part0 = [ { "deviceToken" : { "clientApplicationId" : "258901", "token" : "SECRET-TOKEN",
                  "createdAt" : "2023-09-02T07:10:00.000Z", "lastSeenAt" : "2024-03-11T20:00:00.000Z", "clientApplicationName" : "Twitter for Android" } } ]""");

        Item token = run.sink.items.get(0);
        assertThat(token.category()).isEqualTo(Category.DEVICES);
        assertThat(token.title()).isEqualTo("Notifications to Twitter for Android");
        assertThat(token.at()).isEqualTo(Instant.parse("2023-09-02T07:10:00Z"));
        assertThat(token.attributes()).containsEntry("app_id", "258901").containsEntry("last_seen", "2024-03-11T20:00:00Z")
                .doesNotContainValue("SECRET-TOKEN");
    }

    @Test
    void phonesForPushAndTextMessages() throws IOException {
        ParserRun run = ParserRun.of(new DevicesParser(), "data/ni-devices.js", """
                window.YTD.ni_devices.part0 = [
                  { "niDeviceResponse" : { "messagingDevice" : { "phoneNumber" : "+4915112345678", "carrier" : "de.carrier",
                      "deviceType" : "Auth", "updatedDate" : "2021.10.20", "createdDate" : "2020.02.01" } } },
                  { "niDeviceResponse" : { "pushDevice" : { "deviceVersion" : "14", "udid" : "A1B2", "deviceType" : "Android",
                      "token" : "SECRET", "updatedDate" : "2024.03.01", "createdDate" : "2023.09.01" } } }
                ]""");

        assertThat(run.sink.items).extracting(Item::title)
                .containsExactly("Text messages to +4915112345678", "Push notifications to Android 14");
        assertThat(run.sink.items.get(0).at()).isEqualTo(Instant.parse("2020-02-01T00:00:00Z"));
        assertThat(run.sink.items.get(0).attributes()).containsEntry("carrier", "de.carrier")
                .containsEntry("device_type", "Auth").containsEntry("updated", "2021-10-20T00:00:00Z");
        assertThat(run.sink.items.get(1).attributes()).containsEntry("device_id", "A1B2").doesNotContainValue("SECRET");
    }

    @Test
    void devicesRegisteredForEncryptedMessages() throws IOException {
        ParserRun run = ParserRun.of(new DevicesParser(), "data/key-registry.js", """
                window.YTD.key_registry.part0 = [ { "keyRegistryData" : { "userId" : "1",
                  "registeredDevices" : { "deviceMetadataList" : [ { "userAgent" : "Firefox/123.0", "registrationToken" : "T",
                    "identityKey" : "K", "createdAt" : "2023-11-01T09:00:00.000Z", "deviceId" : "dev-1" } ] },
                  "deregisteredDevices" : { "deRegisteredDeviceMetadataList" : [ { "userAgent" : "Chrome/120", "deviceId" : "dev-0" } ] }
                } } ]""");

        assertThat(run.sink.items).extracting(Item::title)
                .containsExactly("Encrypted messages on Firefox/123.0", "Encrypted messages on Chrome/120");
        assertThat(run.sink.items.get(0).attributes()).containsEntry("device_id", "dev-1").doesNotContainKey("state");
        assertThat(run.sink.items.get(1).attributes()).containsEntry("state", "deregistered");
    }

    @Test
    void connectedAppsAndApps() throws IOException {
        ParserRun connected = ParserRun.of(new AppsParser(), "data/connected-application.js", """
                window.YTD.connected_application.part0 = [ { "connectedApplication" : {
                  "organization" : { "name" : "RunTrack GmbH", "url" : "https://runtrack.example", "privacyPolicyUrl" : "https://runtrack.example/privacy",
                    "termsAndConditionsUrl" : "https://runtrack.example/terms" },
                  "name" : "RunTrack", "description" : "Teile deine Läufe", "permissions" : [ "read", "write" ],
                  "approvedAt" : "2019-04-20T18:00:00.000Z", "id" : "777" } } ]""");
        ParserRun apps = ParserRun.of(new AppsParser(), "data/app.js",
                "window.YTD.app.part0 = [ { \"app\" : { \"appId\" : \"42\", \"appNames\" : [ \"BabyBloom\", \"BabyBloom Pregnancy\" ] } } ]");

        Item app = connected.sink.items.get(0);
        assertThat(app.category()).isEqualTo(Category.APPS);
        assertThat(app.title()).isEqualTo("RunTrack");
        assertThat(app.detail()).isEqualTo("Teile deine Läufe");
        assertThat(app.at()).isEqualTo(Instant.parse("2019-04-20T18:00:00Z"));
        assertThat(app.attributes()).containsEntry("permissions", "read, write").containsEntry("organization", "RunTrack GmbH")
                .containsEntry("privacy_policy", "https://runtrack.example/privacy").containsEntry("app_id", "777");
        assertThat(apps.sink.items).extracting(Item::title).containsExactly("BabyBloom, BabyBloom Pregnancy");
    }

    @Test
    void chatsWithGrokWhateverShapeTheSenderHas() throws IOException {
        ParserRun run = ParserRun.of(new GrokChatParser(), "data/grok-chat-item.js", """
                window.YTD.grok_chat_item.part0 = [
                  { "grokChatItem" : { "grokMode" : { "value" : "1", "name" : "Normal", "originalName" : "NORMAL", "annotations" : { } },
                    "accountId" : "1", "chatId" : "c1", "createdAt" : "2025-10-23T13:11:59.692Z",
                    "sender" : { "value" : "1", "name" : "User", "originalName" : "USER", "annotations" : { } }, "message" : "Was hilft gegen Sodbrennen?" } },
                  { "grokChatItem" : { "chatId" : "c1", "sender" : "grok", "message" : "…", "createdAt" : "2025-10-23T13:12:03.000Z",
                    "postIds" : [ "1", "2" ] } }
                ]""");

        assertThat(run.sink.items).extracting(Item::title).containsExactly("Chat with Grok c1", "Chat with Grok c1");
        assertThat(run.sink.items.get(0).attributes()).containsEntry("sender", "User").containsEntry("mode", "Normal");
        assertThat(run.sink.items.get(1).attributes()).containsEntry("sender", "grok").containsEntry("posts_shown", "2");
        assertThat(run.sink.items).allMatch(i -> i.category() == Category.MESSAGES);
    }
}
