package nl.brabant.regiotafel.security;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Spring Security's OIDC user (ID token, and the UserInfo endpoint's claims when the provider has
 * one) turned into this application's account: the principal is a {@link SingleSignOnUser} with the
 * account's own authorities, never the provider's.
 */
class SingleSignOnUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();
    private final SingleSignOnAccounts accounts;

    SingleSignOnUserService(SingleSignOnAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser claims = provider.loadUser(request);
        String name = claims.getFullName();
        AppUserDetails account =
                accounts.signIn(
                        new SingleSignOnAccounts.Identity(
                                claims.getIdToken().getIssuer().toString(),
                                claims.getSubject(),
                                claims.getEmail(),
                                Boolean.TRUE.equals(claims.getEmailVerified()),
                                name == null || name.isBlank() ? claims.getEmail() : name,
                                clientAddress()));
        return new SingleSignOnUser(account, claims.getIdToken(), claims.getUserInfo());
    }

    private static String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web
                ? web.getRequest().getRemoteAddr()
                : null;
    }
}
