package nl.brabant.regiotafel.security;

import java.util.List;
import java.util.Optional;
import nl.brabant.regiotafel.region.Organisation;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    /** The column's collation ignores case, so this finds the address however it was typed. */
    List<UserAccount> findByEmail(String email);

    /**
     * A bulk update, so that choosing a language does not bump the version an administrator may be
     * editing.
     */
    @Modifying
    @Query("update UserAccount u set u.language = :language where u.username = :username")
    int updateLanguage(@Param("username") String username, @Param("language") String language);

    long countByOrganisationId(Long organisationId);

    /** Rows of (organisation id, number of accounts) for the organisations that have accounts. */
    @Query(
            """
            select u.organisation.id, count(u) from UserAccount u
            where u.organisation.id in :ids group by u.organisation.id""")
    List<Object[]> countByOrganisation(@Param("ids") List<Long> organisationIds);

    /**
     * A bulk update: a merge moves the accounts without bumping the version an administrator may be
     * editing.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update UserAccount u set u.organisation = :kept where u.organisation = :removed")
    int moveOrganisation(@Param("removed") Organisation removed, @Param("kept") Organisation kept);

    @Query(
            """
            select u from UserAccount u left join fetch u.organisation
            where lower(u.username) like lower(concat('%', :filter, '%'))
               or lower(u.displayName) like lower(concat('%', :filter, '%'))
            order by u.displayName, u.id""")
    List<UserAccount> search(@Param("filter") String filter, Pageable pageable);

    @Query(
            """
            select count(u) from UserAccount u
            where lower(u.username) like lower(concat('%', :filter, '%'))
               or lower(u.displayName) like lower(concat('%', :filter, '%'))""")
    long countSearch(@Param("filter") String filter);

    /** The account linked to this identity at the OpenID provider (binary columns: exact). */
    Optional<UserAccount> findByOidcIssuerAndOidcSubject(String issuer, String subject);

    /**
     * Links an account to an identity at the OpenID provider, only if it is not linked yet; a bulk
     * update, so that it does not bump the version an administrator may be editing. Returns 1 when
     * linked, 0 when the account was linked meanwhile.
     */
    @Modifying
    @Query(
            """
            update UserAccount u set u.oidcIssuer = :issuer, u.oidcSubject = :subject
            where u.id = :id and u.oidcSubject is null""")
    int linkToProvider(
            @Param("id") long id, @Param("issuer") String issuer, @Param("subject") String subject);
}
