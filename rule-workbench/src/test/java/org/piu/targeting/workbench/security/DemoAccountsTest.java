package org.piu.targeting.workbench.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.piu.targeting.workbench.base.config.PiuProperties;
import org.piu.targeting.workbench.base.security.Role;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import tools.jackson.databind.json.JsonMapper;

/** Demo users on a first start, and the ones an older installation lacks, added once. */
class DemoAccountsTest {

    private static final String PASSWORD = "demo-password-for-tests";

    @TempDir
    Path dir;

    private PiuProperties properties() {
        return new Binder(new MapConfigurationPropertySource(Map.of("piu.data-dir", dir.toString())))
                .bindOrCreate("piu", PiuProperties.class);
    }

    private AccountStore store() {
        return new AccountStore(properties(), new BCryptPasswordEncoder(4), Clock.systemUTC());
    }

    private void start() {
        new DemoAccounts(store(), properties(), new MockEnvironment().withProperty("PIU_DEMO_PASSWORD", PASSWORD))
                .run(null);
    }

    @Test
    void a_first_start_creates_every_demo_user_officers_in_every_agency() throws Exception {
        start();
        AccountStore accounts = store();
        assertThat(accounts.users())
                .extracting(UserAccount::username)
                .containsExactly(
                        "author",
                        "author2",
                        "approver",
                        "compliance",
                        "admin",
                        "admin2",
                        "officer",
                        "officer2",
                        "authority");
        UserAccount officer = accounts.user("officer").orElseThrow();
        assertThat(officer.roles()).containsExactly(Role.TARGETING_OFFICER);
        assertThat(officer.agencies())
                .containsExactlyInAnyOrder("border-police", "customs", "security-service", "migration");
        assertThat(accounts.user("authority").orElseThrow().roles()).containsExactly(Role.DISCLOSURE_AUTHORITY);
        assertThat(accounts.user("author").orElseThrow().agencies()).containsExactly("border-police");
        assertThat(accounts.apiKeys()).hasSize(1);
        assertThat(Files.readString(dir.resolve("initial-credentials.txt")))
                .contains("user officer2")
                .contains("pipeline API key");
    }

    @Test
    void an_older_installation_gets_the_missing_demo_users_once_and_keeps_its_own() throws Exception {
        // accounts.json as an earlier version wrote it: five users, no agencies, no record of demo users
        Files.writeString(dir.resolve("accounts.json"), """
                {"users": [
                  {"username": "author", "displayName": "Author", "passwordHash": "$2a$04$x", "roles": ["AUTHOR"], "enabled": true},
                  {"username": "admin", "displayName": "Admin", "passwordHash": "$2a$04$x", "roles": ["ADMIN"], "enabled": true}],
                 "apiKeys": []}
                """);
        Files.writeString(dir.resolve("initial-credentials.txt"), "the first start's lines\n");

        start();
        AccountStore accounts = store();
        assertThat(accounts.users())
                .extracting(UserAccount::username)
                .containsExactly(
                        "author",
                        "admin",
                        "author2",
                        "approver",
                        "compliance",
                        "admin2",
                        "officer",
                        "officer2",
                        "authority");
        assertThat(accounts.user("author").orElseThrow().passwordHash()).isEqualTo("$2a$04$x");
        assertThat(accounts.user("author").orElseThrow().agencies()).containsExactly("border-police");
        assertThat(accounts.apiKeys()).isEmpty(); // not a first start: no new pipeline key
        String credentials = Files.readString(dir.resolve("initial-credentials.txt"));
        assertThat(credentials).startsWith("the first start's lines\n").contains("user officer ");
        assertThat(credentials).doesNotContain("user author ");

        // an administrator removes the officer: it is not created again
        String json = Files.readString(dir.resolve("accounts.json"));
        AccountStore.Accounts stored = JsonMapper.builder().build().readValue(json, AccountStore.Accounts.class);
        var withoutOfficer = new AccountStore.Accounts(
                stored.users().stream()
                        .filter(u -> !u.username().equals("officer"))
                        .toList(),
                stored.apiKeys(),
                stored.demoUsers());
        Files.writeString(
                dir.resolve("accounts.json"), JsonMapper.builder().build().writeValueAsString(withoutOfficer));
        start();
        assertThat(store().user("officer")).isEmpty();
        assertThat(store().users()).hasSize(8);
    }

    @Test
    void a_user_needs_a_configured_agency() {
        AccountStore accounts = store();
        assertThatThrownBy(() ->
                        accounts.addUser("x", "X", "long-enough-password", Set.of(Role.AUTHOR), Set.of("fisheries")))
                .hasMessageContaining("agency 'fisheries'")
                .hasMessageContaining("border-police");
    }
}
