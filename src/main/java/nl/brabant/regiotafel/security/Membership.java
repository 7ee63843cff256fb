package nl.brabant.regiotafel.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.brabant.regiotafel.region.Region;

/** A person's role in one region, or in all regions when {@code region} is null. */
@Entity
@Table(name = "membership")
@EntityListeners(Grants.Listener.class)
class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount user;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_id")
    private Region region;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Role role;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Membership() {}

    Membership(UserAccount user, Region region, Role role) {
        this.user = user;
        this.region = region;
        this.role = role;
        this.createdAt = Instant.now();
    }

    Long getId() {
        return id;
    }

    UserAccount getUser() {
        return user;
    }

    Region getRegion() {
        return region;
    }

    Role getRole() {
        return role;
    }
}
