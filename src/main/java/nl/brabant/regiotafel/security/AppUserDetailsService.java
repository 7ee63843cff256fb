package nl.brabant.regiotafel.security;

import java.util.List;
import java.util.Locale;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for Spring Security's login. */
@Service
class AppUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final MembershipRepository memberships;

    AppUserDetailsService(UserAccountRepository users, MembershipRepository memberships) {
        this.users = users;
        this.memberships = memberships;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String wanted = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        // The column's collation finds "beheerder" for "behéérder" or "beheer\u200Bder" too; each
        // such spelling
        // would get its own login throttle. Only the name itself, in any case, is that account.
        UserAccount account =
                users.findByUsername(wanted)
                        .filter(found -> found.getUsername().equals(wanted))
                        .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return details(account);
    }

    /** The principal of a sign-in to this account, by password or through single sign-on. */
    AppUserDetails details(UserAccount account) {
        List<GrantedAuthority> authorities =
                memberships.findByUserId(account.getId()).stream()
                        .map(m -> m.getRole().authority())
                        .distinct()
                        .<GrantedAuthority>map(SimpleGrantedAuthority::new)
                        .toList();
        return new AppUserDetails(
                account.getId(),
                account.getUsername(),
                account.getDisplayName(),
                account.getPasswordHash(),
                account.isEnabled(),
                authorities);
    }
}
