package org.piu.targeting.workbench.security;

import java.util.Set;
import org.piu.targeting.workbench.base.security.Role;

/**
 * A workbench user; the password is kept only as a bcrypt hash.
 *
 * @param agencies the agencies of the PIU the user works for (ids of {@code piu.agencies}): an officer sees the
 *                 review queue of these; a user stored before agencies existed belongs to the default agency
 */
public record UserAccount(
        String username,
        String displayName,
        String passwordHash,
        Set<Role> roles,
        boolean enabled,
        Set<String> agencies) {
    public UserAccount {
        roles = Set.copyOf(roles);
        agencies = agencies == null ? Set.of() : Set.copyOf(agencies);
    }

    /** The same account in other agencies. */
    public UserAccount withAgencies(Set<String> agencies) {
        return new UserAccount(username, displayName, passwordHash, roles, enabled, agencies);
    }
}
