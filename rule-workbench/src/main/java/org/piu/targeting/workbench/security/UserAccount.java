package org.piu.targeting.workbench.security;

import java.util.Set;
import org.piu.targeting.workbench.base.security.Role;

/** A workbench user; the password is kept only as a bcrypt hash. */
public record UserAccount(String username, String displayName, String passwordHash, Set<Role> roles, boolean enabled) {
    public UserAccount {
        roles = Set.copyOf(roles);
    }
}
