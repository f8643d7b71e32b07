package org.piu.targeting.workbench.security;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Set;
import org.piu.targeting.workbench.base.security.Role;

/**
 * A workbench user; the password is kept only as a bcrypt hash. {@code language} is the BCP 47 tag of the language
 * the user chose for the workbench ({@code ro}), null until they choose (the browser's language applies).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UserAccount(
        String username, String displayName, String passwordHash, Set<Role> roles, boolean enabled, String language) {
    public UserAccount {
        roles = Set.copyOf(roles);
    }

    public UserAccount(String username, String displayName, String passwordHash, Set<Role> roles, boolean enabled) {
        this(username, displayName, passwordHash, roles, enabled, null);
    }

    UserAccount withLanguage(String tag) {
        return new UserAccount(username, displayName, passwordHash, roles, enabled, tag);
    }
}
