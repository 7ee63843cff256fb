package nl.brabant.regiotafel.security;

import java.util.List;
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
        UserAccount account = users.findByUsername(username == null ? "" : username.trim())
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        List<GrantedAuthority> authorities = memberships.findByUserId(account.getId()).stream()
                .map(m -> m.getRole().authority())
                .distinct()
                .<GrantedAuthority>map(SimpleGrantedAuthority::new)
                .toList();
        return new AppUserDetails(account.getId(), account.getUsername(), account.getDisplayName(),
                account.getPasswordHash(), account.isEnabled(), authorities);
    }
}
