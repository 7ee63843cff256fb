package nl.brabant.regiotafel.security;

import org.springframework.data.jpa.repository.JpaRepository;

interface SecurityAuditRepository extends JpaRepository<SecurityAuditEntry, Long> {}
