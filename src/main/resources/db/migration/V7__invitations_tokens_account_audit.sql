-- Getting in: invitations to a region, single-use links (stored only as SHA-256 hashes) for
-- invitations, password resets and e-mail changes, and the audit trail of accounts.
CREATE TABLE invitation (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email           VARCHAR(254) NOT NULL,
    display_name    VARCHAR(200) NOT NULL,
    organisation_id BIGINT       NULL,
    -- NULL only for a province role, which holds for every region
    region_id       BIGINT       NULL,
    role            VARCHAR(32)  NOT NULL,
    language        VARCHAR(8)   NOT NULL,
    invited_by      BIGINT       NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    sent_at         DATETIME(6)  NOT NULL,
    expires_at      DATETIME(6)  NOT NULL,
    -- PENDING, ACCEPTED, WITHDRAWN
    status          VARCHAR(16)  NOT NULL,
    accepted_user_id BIGINT      NULL,
    closed_at       DATETIME(6)  NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_invitation_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_invitation_region FOREIGN KEY (region_id) REFERENCES region (id),
    CONSTRAINT fk_invitation_inviter FOREIGN KEY (invited_by) REFERENCES user_account (id),
    CONSTRAINT fk_invitation_accepted FOREIGN KEY (accepted_user_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_invitation_region ON invitation (region_id, status, created_at);
CREATE INDEX ix_invitation_email ON invitation (email, status);

CREATE TABLE account_token (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    -- INVITATION (subject: invitation id), PASSWORD_RESET and EMAIL_CHANGE (subject: account id)
    purpose    VARCHAR(32) NOT NULL,
    token_hash CHAR(64)    NOT NULL,
    subject_id BIGINT      NOT NULL,
    -- what the link is for beyond its subject (the new address of an e-mail change)
    payload    VARCHAR(254) NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6) NULL,
    CONSTRAINT uk_account_token_hash UNIQUE (token_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_account_token_subject ON account_token (purpose, subject_id);

CREATE TABLE account_audit (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    created_at DATETIME(6)  NOT NULL,
    actor_id   BIGINT       NULL,
    user_id    BIGINT       NULL,
    region_id  BIGINT       NULL,
    action     VARCHAR(40)  NOT NULL,
    detail     VARCHAR(500) NULL,
    CONSTRAINT fk_account_audit_actor FOREIGN KEY (actor_id) REFERENCES user_account (id) ON DELETE SET NULL,
    CONSTRAINT fk_account_audit_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE SET NULL,
    CONSTRAINT fk_account_audit_region FOREIGN KEY (region_id) REFERENCES region (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_account_audit_user ON account_audit (user_id, created_at);
CREATE INDEX ix_account_audit_region ON account_audit (region_id, created_at);
