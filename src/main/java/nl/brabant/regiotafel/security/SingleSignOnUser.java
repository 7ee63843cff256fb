package nl.brabant.regiotafel.security;

import java.io.Serial;
import java.util.Map;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * An account signed in through the OpenID provider: the same principal as after a password login
 * (id, username, the authorities its memberships give), so that {@link CurrentUser}, the session
 * tracking, the language and everything else treat both alike. It also answers as an {@link
 * OidcUser}, which Spring Security's OAuth2 login requires of its principal; the provider's claims
 * give no roles or regions.
 */
public final class SingleSignOnUser extends AppUserDetails implements OidcUser {

    @Serial private static final long serialVersionUID = 1L;

    private final OidcIdToken idToken;
    private final OidcUserInfo userInfo;

    SingleSignOnUser(AppUserDetails account, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(account);
        this.idToken = idToken;
        this.userInfo = userInfo;
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return idToken.getClaims();
    }

    /** The username, as for a password login (not the provider's subject). */
    @Override
    public String getName() {
        return getUsername();
    }
}
