package app.footprint.importers.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import app.footprint.importers.common.FormatException;
import app.footprint.model.Category;
import app.footprint.model.Item;
import app.footprint.testing.ParserRun;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountParserTest {
    private static final String USER_JSON = """
            {"id": "780412345678901234", "username": "jana.koehler", "discriminator": "0", "global_name": "Jana",
             "email": "jana@example.org", "verified": true, "avatar_hash": "a1b2", "has_mobile": true,
             "needs_email_verification": false, "premium_until": "2023-05-01T10:00:00.000000+00:00", "flags": 0,
             "phone": null, "temp_banned_until": null, "ip": "198.51.100.23",
             "settings": {"locale": "de", "show_current_game": true, "guild_positions": ["1", "2"]},
             "connections": [
               {"type": "spotify", "id": "31k7", "name": "Jana", "revoked": false, "visibility": 1,
                "friend_sync": false, "show_activity": true, "verified": true},
               {"id": "x"}],
             "relationships": [
               {"id": "11", "type": 1, "nickname": "Schatz", "user": {"id": "11", "username": "tom.berger",
                "global_name": "Tom", "avatar": null, "discriminator": "0", "public_flags": 0}},
               {"id": "12", "type": 3, "nickname": null, "user": {"id": "12", "username": "laeufer77",
                "global_name": null, "discriminator": "4821"}},
               {"id": "13", "type": 2, "user": {"id": "13", "username": "spam.bot", "discriminator": "0000"}},
               {"type": 4}],
             "payments": [
               {"id": "901", "created_at": "2022-11-20T09:12:45.123456+00:00", "currency": "eur", "tax": 48,
                "tax_inclusive": true, "amount": 299, "amount_refunded": 0, "status": 1,
                "description": "Nitro Basic Monthly", "flags": 0,
                "payment_source": {"type": 1, "brand": "visa", "last_4": "4242",
                                   "billing_address": {"country": "DE", "postal_code": "04229"}},
                "sku_id": "978380684370378762", "sku_price": 299},
               {"id": "902", "created_at": "someday", "currency": "jpy", "amount": 500, "amount_refunded": 500,
                "status": 4, "payment_source": {"type": 2, "email": "jana@example.org", "country": "JP"}}],
             "notes": {"11": "mein Lieblingsmensch", "12": ""},
             "guild_settings": [{"guild_id": "1", "muted": false}],
             "mfa_sessions": []}
            """;

    @Test
    void theAccountBecomesProfileFriendsConnectionsPaymentsAndTheLastIpAddress() throws Exception {
        ParserRun run = ParserRun.of(new AccountParser(), "Account/user.json", USER_JSON);

        assertThat(run.sink.items(Category.PROFILE)).extracting(Item::title).containsExactly(
                "Discord user ID: 780412345678901234", "Username: jana.koehler", "Display name: Jana",
                "E-mail address: jana@example.org", "E-mail address verified: yes", "Profile picture: a1b2",
                "Has used the mobile app: yes", "Must verify the e-mail address: no",
                "Nitro subscription until: 2023-05-01T10:00:00.000000+00:00", "Account flags: 0", "Language: de");
        Item nitro = run.sink.items(Category.PROFILE).get(8);
        assertThat(nitro.at()).isEqualTo(Instant.parse("2023-05-01T10:00:00Z"));
        assertThat(nitro.attributes()).containsExactly(entry("premium_until", "2023-05-01T10:00:00.000000+00:00"));
        assertThat(run.facts.language()).isEqualTo("de");

        assertThat(run.sink.items(Category.LOGINS)).singleElement()
                .satisfies(i -> assertThat(i.title()).isEqualTo("Last IP address: 198.51.100.23"));

        assertThat(run.sink.items(Category.APPS)).extracting(Item::title).containsExactly("spotify: Jana");
        assertThat(run.sink.items(Category.APPS).get(0).attributes()).containsExactly(entry("service", "spotify"),
                entry("account", "Jana"), entry("verified", "true"), entry("visibility", "1"),
                entry("friend_sync", "false"), entry("show_activity", "true"), entry("revoked", "false"));

        assertThat(run.sink.items(Category.FRIENDS)).extracting(Item::title)
                .containsExactly("Tom", "laeufer77#4821", "spam.bot", "Note on user 11");
        assertThat(run.sink.items(Category.FRIENDS).get(0).attributes()).containsExactly(entry("relation", "friend"),
                entry("username", "tom.berger"), entry("nickname", "Schatz"), entry("user_id", "11"));
        assertThat(run.sink.items(Category.FRIENDS).get(1).attributes()).containsEntry("relation", "friend request received");
        assertThat(run.sink.items(Category.FRIENDS).get(2).attributes()).containsEntry("relation", "blocked")
                .containsEntry("username", "spam.bot");
        assertThat(run.sink.items(Category.FRIENDS).get(3).detail()).isEqualTo("mein Lieblingsmensch");

        assertThat(run.sink.items(Category.PAYMENTS)).hasSize(2);
        Item nitroPayment = run.sink.items(Category.PAYMENTS).get(0);
        assertThat(nitroPayment.title()).isEqualTo("Nitro Basic Monthly");
        assertThat(nitroPayment.at()).isEqualTo(Instant.parse("2022-11-20T09:12:45.123456Z"));
        assertThat(nitroPayment.attributes()).containsExactly(entry("amount", "2.99"), entry("currency", "EUR"),
                entry("status", "completed"), entry("payment_method", "visa ending in 4242"),
                entry("billing_country", "DE"), entry("payment_id", "901"));
        Item refunded = run.sink.items(Category.PAYMENTS).get(1);
        assertThat(refunded.title()).isEqualTo("Payment");
        assertThat(refunded.at()).isNull();
        assertThat(refunded.attributes()).containsEntry("amount", "500").containsEntry("refunded", "500")
                .containsEntry("status", "refunded").containsEntry("payment_method", "PayPal jana@example.org")
                .containsEntry("billing_country", "JP");

        assertThat(run.sink.items).hasSize(11 + 1 + 1 + 4 + 2);
        // a connection without type or name, a relationship without a user, an unreadable payment time
        assertThat(run.file.problemCount()).isEqualTo(3);
        assertThat(run.sink.inferences).isEmpty();
    }

    @Test
    void aLocaleAtTheTopOrDeeperInTheSettingsTellsTheLanguage() throws Exception {
        assertThat(ParserRun.of(new AccountParser(), "account/user.json", "{\"locale\": \"en-US\"}").facts.language())
                .isEqualTo("en-US");
        assertThat(ParserRun.of(new AccountParser(), "account/user.json",
                "{\"settings\": {\"settings\": {\"locale\": \"pt-BR\"}}}").facts.language()).isEqualTo("pt-BR");
        ParserRun blob = ParserRun.of(new AccountParser(), "account/user.json", "{\"settings\": \"CgQKAmRl\", \"id\": \"5\"}");
        assertThat(blob.facts.language()).isNull();
        assertThat(blob.sink.items).extracting(Item::title).containsExactly("Discord user ID: 5");
    }

    @Test
    void aFileThatIsNotAnAccountFails() {
        assertThatThrownBy(() -> ParserRun.of(new AccountParser(), "account/user.json", "[]"))
                .isInstanceOf(FormatException.class).hasMessageContaining("expected the account");
    }
}
