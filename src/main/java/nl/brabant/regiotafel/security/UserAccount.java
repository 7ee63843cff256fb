package nl.brabant.regiotafel.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import nl.brabant.regiotafel.region.Organisation;

/** A person who can sign in. What they may do follows from their memberships. */
@Entity
@Table(name = "user_account")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(length = 254)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** A new address waiting for its confirmation link to be followed; null when none. */
    @Column(name = "pending_email", length = 254)
    private String pendingEmail;

    /** "nl" or "en" once the person chose a language; null before. */
    @Column(length = 8)
    private String language;

    /** The OpenID provider's issuer and subject this account was linked to; null before. */
    @Column(name = "oidc_issuer", length = 255)
    private String oidcIssuer;

    @Column(name = "oidc_subject", length = 255)
    private String oidcSubject;

    @Version private long version;

    protected UserAccount() {}

    UserAccount(
            String username,
            String displayName,
            String email,
            String passwordHash,
            Organisation organisation) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.organisation = organisation;
        this.createdAt = Instant.now();
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getDisplayName() {
        return displayName;
    }

    String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        Grants.changed();
        this.enabled = enabled;
    }

    Organisation getOrganisation() {
        return organisation;
    }

    void rename(String newDisplayName) {
        this.displayName = newDisplayName;
    }

    String getPendingEmail() {
        return pendingEmail;
    }

    void setPendingEmail(String pendingEmail) {
        this.pendingEmail = pendingEmail;
    }

    /** The confirmed new address replaces the old one. */
    void confirmEmail(String email) {
        this.email = email;
        this.pendingEmail = null;
    }

    String getLanguage() {
        return language;
    }

    String getOidcSubject() {
        return oidcSubject;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    long getVersion() {
        return version;
    }
}
