-- Regions, municipalities, organisations, user accounts and memberships: the walking skeleton.
CREATE TABLE region (
    id   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code VARCHAR(8)   NOT NULL,
    name VARCHAR(120) NOT NULL,
    CONSTRAINT uk_region_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE municipality (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    region_id BIGINT       NOT NULL,
    name      VARCHAR(120) NOT NULL,
    CONSTRAINT uk_municipality_name UNIQUE (name),
    CONSTRAINT fk_municipality_region FOREIGN KEY (region_id) REFERENCES region (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE organisation (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    type            VARCHAR(32)  NOT NULL,
    municipality_id BIGINT       NULL,
    region_id       BIGINT       NULL,
    CONSTRAINT uk_organisation_name UNIQUE (name),
    CONSTRAINT uk_organisation_municipality UNIQUE (municipality_id),
    CONSTRAINT fk_organisation_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT fk_organisation_region FOREIGN KEY (region_id) REFERENCES region (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_account (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username        VARCHAR(100) NOT NULL,
    display_name    VARCHAR(200) NOT NULL,
    email           VARCHAR(254) NULL,
    password_hash   VARCHAR(255) NOT NULL,
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    organisation_id BIGINT       NULL,
    created_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_user_account_username UNIQUE (username),
    CONSTRAINT fk_user_account_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- region_id NULL means "all regions": only for the province roles and ADMIN (checked in the service).
CREATE TABLE membership (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id    BIGINT      NOT NULL,
    region_id  BIGINT      NULL,
    role       VARCHAR(32) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_membership UNIQUE (user_id, region_id, role),
    CONSTRAINT fk_membership_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT fk_membership_region FOREIGN KEY (region_id) REFERENCES region (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_membership_region ON membership (region_id, role);
