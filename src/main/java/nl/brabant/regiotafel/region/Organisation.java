package nl.brabant.regiotafel.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A municipality, the province, an agency, a housing provider, a union, RIEC, GGD, ... */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private OrganisationType type;

    /** Set for organisations of type MUNICIPALITY. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "municipality_id")
    private Municipality municipality;

    /** The region the organisation mainly works in, if any. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_id")
    private Region region;

    protected Organisation() {}

    Organisation(String name, OrganisationType type, Region region) {
        this.name = name;
        this.type = type;
        this.region = region;
    }

    /**
     * A new organisation that belongs to no municipality. Organisations are created, renamed and
     * retyped only by the administration (security.OrganisationAdminService), which checks the
     * rules (unique name, no second municipality organisation) and writes the audit entry.
     */
    public static Organisation create(String name, OrganisationType type) {
        return new Organisation(name, type, null);
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public void changeType(OrganisationType newType) {
        this.type = newType;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public OrganisationType getType() {
        return type;
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public Region getRegion() {
        return region;
    }
}
