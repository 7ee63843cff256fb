-- Passkeys (WebAuthn) through Spring Security's JDBC repositories: its two tables as in
-- org/springframework/security/user-entities-schema.sql and user-credentials-schema.sql, for
-- MariaDB. Ids are base64url (ASCII), so the 1000-character keys fit InnoDB's index limit.
-- user_entities.name is the account's username: deleting the account deletes its passkeys.
CREATE TABLE user_entities (
    id           VARCHAR(1000) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    name         VARCHAR(100)  NOT NULL,
    display_name VARCHAR(200)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_user_entities_name UNIQUE (name),
    CONSTRAINT fk_user_entities_account FOREIGN KEY (name) REFERENCES user_account (username)
        ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_credentials (
    credential_id                VARCHAR(1000) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    user_entity_user_id          VARCHAR(1000) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    public_key                   BLOB          NOT NULL,
    signature_count              BIGINT        NULL,
    uv_initialized               BOOLEAN       NULL,
    backup_eligible              BOOLEAN       NOT NULL,
    authenticator_transports     VARCHAR(1000) NULL,
    public_key_credential_type   VARCHAR(100)  NULL,
    backup_state                 BOOLEAN       NOT NULL,
    attestation_object           BLOB          NULL,
    attestation_client_data_json BLOB          NULL,
    created                      DATETIME(6)   NULL,
    last_used                    DATETIME(6)   NULL,
    label                        VARCHAR(1000) NOT NULL,
    PRIMARY KEY (credential_id),
    CONSTRAINT fk_user_credentials_entity FOREIGN KEY (user_entity_user_id) REFERENCES user_entities (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_user_credentials_user ON user_credentials (user_entity_user_id);

-- One-time recovery codes, stored only as PasswordEncoder hashes; a used code keeps its row
-- (used_at set) until the person makes new codes.
CREATE TABLE recovery_code (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id    BIGINT       NOT NULL,
    code_hash  VARCHAR(255) NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    used_at    DATETIME(6)  NULL,
    CONSTRAINT fk_recovery_code_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_recovery_code_user ON recovery_code (user_id);

-- What happened to a person's sign-in factors, by whom: never a code, key or challenge.
-- The audit of sign-in factors is written to account_audit (V7).
