package nl.brabant.regiotafel.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person. Authorities ({@code ROLE_x}) only guard navigation; region access is
 * decided by {@link AccessPolicy} from the memberships in the database at the time of the check.
 * Not final only for {@link SingleSignOnUser}, the same person signed in through the OpenID
 * provider; equality stays by account id.
 */
public sealed class AppUserDetails implements UserDetails, CredentialsContainer
        permits SingleSignOnUser {

    @Serial private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private final String displayName;
    private final boolean enabled;
    private final List<GrantedAuthority> authorities;
    private String passwordHash;

    AppUserDetails(
            long id,
            String username,
            String displayName,
            String passwordHash,
            boolean enabled,
            List<GrantedAuthority> authorities) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.authorities = List.copyOf(authorities);
    }

    /** The same account, without its password hash. */
    AppUserDetails(AppUserDetails account) {
        this(
                account.id,
                account.username,
                account.displayName,
                null,
                account.enabled,
                account.authorities);
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public final boolean equals(Object other) {
        return other instanceof AppUserDetails that && that.id == id;
    }

    @Override
    public final int hashCode() {
        return Objects.hash(id);
    }

    @Override
    public String toString() {
        return "AppUserDetails[" + username + "]";
    }
}
