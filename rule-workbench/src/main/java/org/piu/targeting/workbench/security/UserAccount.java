package org.piu.targeting.workbench.security;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Set;
import org.piu.targeting.workbench.base.security.Role;

/**
 * A workbench user; the password is kept only as a bcrypt hash.
 *
 * @param agencies the agencies of the PIU the user works for (ids of {@code piu.agencies}): an officer sees the
 *                 review queue of these; a user stored before agencies existed belongs to the default agency
 * @param language the BCP 47 tag of the language the user chose for the workbench ({@code ro}); null until they
 *                 choose (the browser's language applies)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UserAccount(
        String username,
        String displayName,
        String passwordHash,
        Set<Role> roles,
        boolean enabled,
        Set<String> agencies,
        String language) {
    public UserAccount {
        roles = Set.copyOf(roles);
        agencies = agencies == null ? Set.of() : Set.copyOf(agencies);
    }

    /** A user who has not chosen a language. */
    public UserAccount(
            String username,
            String displayName,
            String passwordHash,
            Set<Role> roles,
            boolean enabled,
            Set<String> agencies) {
        this(username, displayName, passwordHash, roles, enabled, agencies, null);
    }

    /** The same account in other agencies. */
    public UserAccount withAgencies(Set<String> agencies) {
        return new UserAccount(username, displayName, passwordHash, roles, enabled, agencies, language);
    }

    /** The same account speaking another language (a BCP 47 tag; null: the browser's). */
    UserAccount withLanguage(String tag) {
        return new UserAccount(username, displayName, passwordHash, roles, enabled, agencies, tag);
    }
}
