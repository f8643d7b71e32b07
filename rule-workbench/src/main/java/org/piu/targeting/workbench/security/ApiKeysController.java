package org.piu.targeting.workbench.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/api-keys")
@Tag(name = "API keys", description = "Keys of pipeline clients (admin only); secrets are shown once, stored hashed")
class ApiKeysController {

    /** The name says which pipeline client uses the key. */
    public record CreateRequest(@NotBlank @Size(max = 200) String name) {}

    /** A key as listed: never its secret or hash. */
    public record KeyView(
            String id, String name, Instant createdAt, String createdBy, Instant revokedAt, boolean active) {
        static KeyView of(ApiKey k) {
            return new KeyView(k.id(), k.name(), k.createdAt(), k.createdBy(), k.revokedAt(), k.active());
        }
    }

    public record CreatedKey(KeyView key, String secret) {}

    private final AccountStore accounts;

    ApiKeysController(AccountStore accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    public List<KeyView> list() {
        return accounts.apiKeys().stream().map(KeyView::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a key for a pipeline client; the secret is in this response only")
    public CreatedKey create(@Valid @RequestBody CreateRequest body, Principal user) {
        IssuedApiKey issued = accounts.issueApiKey(body.name(), user.getName(), null);
        return new CreatedKey(KeyView.of(issued.key()), issued.secret());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke a key; requests with it are refused from now on")
    public KeyView revoke(@PathVariable String id) {
        return KeyView.of(accounts.revokeApiKey(id));
    }
}
