package org.piu.targeting.workbench.security;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.piu.targeting.messages.MessageParser;
import org.piu.targeting.workbench.base.api.NotFoundException;
import org.piu.targeting.workbench.base.config.PiuProperties;
import org.piu.targeting.workbench.base.security.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Users and API keys in {@code <data-dir>/accounts.json} (mode 600), rewritten atomically on every change so that a
 * crash never leaves a half-written file.
 */
@Component
public class AccountStore {

    /**
     * What the file holds.
     *
     * @param demoUsers the demo users ever created, so that one an administrator removed is not created again
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Accounts(List<UserAccount> users, List<ApiKey> apiKeys, List<String> demoUsers) {
        Accounts {
            users = users == null ? List.of() : List.copyOf(users);
            apiKeys = apiKeys == null ? List.of() : List.copyOf(apiKeys);
            demoUsers = demoUsers == null ? List.of() : List.copyOf(demoUsers);
        }

        Accounts withUsers(List<UserAccount> updated) {
            return new Accounts(updated, apiKeys, demoUsers);
        }

        Accounts withApiKeys(List<ApiKey> updated) {
            return new Accounts(users, updated, demoUsers);
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private final Path file;
    private final PiuProperties properties;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .findAndAddModules()
            .build();
    private Accounts accounts;

    public AccountStore(PiuProperties properties, PasswordEncoder passwordEncoder, Clock clock) {
        this.file = properties.dataDir().resolve("accounts.json");
        this.properties = properties;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.accounts = load();
    }

    public synchronized boolean isEmpty() {
        return accounts.users().isEmpty();
    }

    public synchronized Optional<UserAccount> user(String username) {
        return accounts.users().stream()
                .filter(u -> u.username().equals(username))
                .findFirst();
    }

    public synchronized List<UserAccount> users() {
        return accounts.users();
    }

    /** Adds a user of the PIU's default agency. */
    public synchronized UserAccount addUser(String username, String displayName, String password, Set<Role> roles) {
        return addUser(username, displayName, password, roles, Set.of(properties.defaultAgency()));
    }

    /** Adds a user of the given agencies (ids of {@code piu.agencies}, at least one). */
    public synchronized UserAccount addUser(
            String username, String displayName, String password, Set<Role> roles, Set<String> agencies) {
        UserAccount account = newAccount(username, displayName, password, roles, agencies);
        List<UserAccount> users = new ArrayList<>(accounts.users());
        users.add(account);
        save(accounts.withUsers(users));
        return account;
    }

    /** The demo users created so far, including those an administrator removed since. */
    public synchronized Set<String> demoUsers() {
        return Set.copyOf(accounts.demoUsers());
    }

    /** Adds a demo user and remembers that it was created, in one write. */
    synchronized UserAccount addDemoUser(
            String username, String displayName, String password, Set<Role> roles, Set<String> agencies) {
        UserAccount account = newAccount(username, displayName, password, roles, agencies);
        List<UserAccount> users = new ArrayList<>(accounts.users());
        users.add(account);
        List<String> demo = new ArrayList<>(accounts.demoUsers());
        demo.add(username);
        save(new Accounts(users, accounts.apiKeys(), demo));
        return account;
    }

    private UserAccount newAccount(
            String username, String displayName, String password, Set<Role> roles, Set<String> agencies) {
        if (user(username).isPresent()) {
            throw new IllegalArgumentException("user '" + username + "' already exists");
        }
        if (password == null || password.length() < 12) {
            throw new IllegalArgumentException("password of '" + username + "' must have at least 12 characters");
        }
        if (agencies == null || agencies.isEmpty()) {
            throw new IllegalArgumentException("user '" + username + "' must belong to at least one agency");
        }
        for (String agency : agencies) {
            if (properties.agency(agency).isEmpty()) {
                throw new IllegalArgumentException("agency '" + agency + "' of user '" + username
                        + "' is none of piu.agencies "
                        + properties.agencies().stream()
                                .map(PiuProperties.MemberAgency::id)
                                .toList());
            }
        }
        return new UserAccount(username, displayName, passwordEncoder.encode(password), roles, true, agencies);
    }

    /** Remembers the language the user chose for the workbench (a BCP 47 tag such as {@code ro}). */
    public synchronized void setLanguage(String username, String languageTag) {
        UserAccount account = user(username).orElseThrow(() -> new NotFoundException("no user '" + username + "'"));
        save(accounts.withUsers(accounts.users().stream()
                .map(u -> u.username().equals(username) ? account.withLanguage(languageTag) : u)
                .toList()));
    }

    public synchronized List<ApiKey> apiKeys() {
        return accounts.apiKeys();
    }

    /** Creates a key; {@code secret} null draws a random one. */
    public synchronized IssuedApiKey issueApiKey(String name, String createdBy, String secret) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an API key needs a name that says which client uses it");
        }
        String value = secret != null ? secret : "piu_" + randomToken(32);
        requireKeyLength(value);
        String id = "key-" + randomToken(6).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "x");
        ApiKey key = new ApiKey(id, name, sha256(value), clock.instant(), createdBy, null);
        List<ApiKey> keys = new ArrayList<>(accounts.apiKeys());
        keys.add(key);
        save(accounts.withApiKeys(keys));
        return new IssuedApiKey(key, value);
    }

    public synchronized ApiKey revokeApiKey(String id) {
        ApiKey key = accounts.apiKeys().stream()
                .filter(k -> k.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("no API key with id '" + id + "'"));
        if (!key.active()) {
            return key;
        }
        ApiKey revoked = key.revoked(clock.instant());
        save(accounts.withApiKeys(accounts.apiKeys().stream()
                .map(k -> k.id().equals(id) ? revoked : k)
                .toList()));
        return revoked;
    }

    /** The active key whose secret this is, compared by hash in constant time. */
    public synchronized Optional<ApiKey> authenticateApiKey(String secret) {
        byte[] hash = HexFormat.of().parseHex(sha256(secret));
        return accounts.apiKeys().stream()
                .filter(ApiKey::active)
                .filter(k -> MessageDigest.isEqual(HexFormat.of().parseHex(k.secretHash()), hash))
                .findFirst();
    }

    static void requireKeyLength(String secret) {
        if (secret.length() < 24) {
            throw new IllegalArgumentException("an API key must have at least 24 characters");
        }
    }

    static String randomToken(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static String sha256(String value) {
        return MessageParser.contentHash(value);
    }

    /** Users stored before agencies existed belong to the default agency. */
    private Accounts load() {
        if (!Files.exists(file)) {
            return new Accounts(List.of(), List.of(), List.of());
        }
        Accounts stored = json.readValue(file.toFile(), Accounts.class);
        return stored.withUsers(stored.users().stream()
                .map(u -> u.agencies().isEmpty() ? u.withAgencies(Set.of(properties.defaultAgency())) : u)
                .toList());
    }

    private void save(Accounts updated) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            writePrivate(tmp, json.writeValueAsString(updated));
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            accounts = updated;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes a file that is readable by its owner only from the moment it exists (no window with the umask's mode). */
    static void writePrivate(Path path, String content) throws IOException {
        Files.deleteIfExists(path);
        try {
            Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(path); // Windows: the folder's ACL applies
        }
        Files.writeString(path, content);
    }
}
