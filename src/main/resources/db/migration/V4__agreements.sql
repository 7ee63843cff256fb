-- Inter-municipal agreements: articles with a full revision history, named versions, comments,
-- commitments with progress, adoption per municipality, and an audit log.
CREATE TABLE agreement (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    region_id          BIGINT       NOT NULL,
    title              VARCHAR(200) NOT NULL,
    scope              VARCHAR(16)  NOT NULL,
    status             VARCHAR(24)  NOT NULL,
    revision_count     BIGINT       NOT NULL DEFAULT 0,
    frozen_version_id  BIGINT       NULL,
    predecessor_id     BIGINT       NULL,
    created_by         BIGINT       NULL,
    created_at         DATETIME(6)  NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_agreement_region FOREIGN KEY (region_id) REFERENCES region (id),
    CONSTRAINT fk_agreement_predecessor FOREIGN KEY (predecessor_id) REFERENCES agreement (id),
    CONSTRAINT fk_agreement_created_by FOREIGN KEY (created_by) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_agreement_region ON agreement (region_id, status);

CREATE TABLE agreement_theme (
    agreement_id BIGINT      NOT NULL,
    theme        VARCHAR(32) NOT NULL,
    PRIMARY KEY (agreement_id, theme),
    CONSTRAINT fk_agreement_theme FOREIGN KEY (agreement_id) REFERENCES agreement (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE agreement_municipality (
    agreement_id    BIGINT NOT NULL,
    municipality_id BIGINT NOT NULL,
    PRIMARY KEY (agreement_id, municipality_id),
    CONSTRAINT fk_agreement_municipality_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id) ON DELETE CASCADE,
    CONSTRAINT fk_agreement_municipality_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE article (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agreement_id        BIGINT       NOT NULL,
    position            INT          NOT NULL,
    heading             VARCHAR(300) NOT NULL,
    body                MEDIUMTEXT   NULL,
    deleted             BOOLEAN      NOT NULL DEFAULT FALSE,
    current_revision    BIGINT       NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_article_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_article_agreement ON article (agreement_id, position);

-- Every save is a revision holding the article's whole state, so any moment can be rebuilt.
CREATE TABLE revision (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agreement_id  BIGINT       NOT NULL,
    article_id    BIGINT       NOT NULL,
    number        BIGINT       NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    heading       VARCHAR(300) NOT NULL,
    body          MEDIUMTEXT   NULL,
    position      INT          NOT NULL,
    deleted       BOOLEAN      NOT NULL DEFAULT FALSE,
    applied       BOOLEAN      NOT NULL DEFAULT TRUE,
    based_on      BIGINT       NULL,
    author_id     BIGINT       NULL,
    created_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uk_revision_number UNIQUE (agreement_id, number),
    CONSTRAINT fk_revision_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id) ON DELETE CASCADE,
    CONSTRAINT fk_revision_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE,
    CONSTRAINT fk_revision_author FOREIGN KEY (author_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_revision_article ON revision (article_id, number);

CREATE TABLE named_version (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agreement_id    BIGINT       NOT NULL,
    name            VARCHAR(200) NOT NULL,
    revision_number BIGINT       NOT NULL,
    frozen          BOOLEAN      NOT NULL DEFAULT FALSE,
    created_by      BIGINT       NULL,
    created_at      DATETIME(6)  NOT NULL,
    CONSTRAINT fk_named_version_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id) ON DELETE CASCADE,
    CONSTRAINT fk_named_version_created_by FOREIGN KEY (created_by) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE agreement ADD CONSTRAINT fk_agreement_frozen_version FOREIGN KEY (frozen_version_id) REFERENCES named_version (id);

CREATE TABLE agreement_comment (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agreement_id BIGINT        NOT NULL,
    article_id   BIGINT        NOT NULL,
    parent_id    BIGINT        NULL,
    author_id    BIGINT        NOT NULL,
    quote        VARCHAR(1000) NULL,
    text         TEXT          NOT NULL,
    resolved     BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at   DATETIME(6)   NOT NULL,
    CONSTRAINT fk_comment_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id) ON DELETE CASCADE,
    CONSTRAINT fk_comment_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE,
    CONSTRAINT fk_comment_parent FOREIGN KEY (parent_id) REFERENCES agreement_comment (id) ON DELETE CASCADE,
    CONSTRAINT fk_comment_author FOREIGN KEY (author_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE commitment (
    id                    BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agreement_id          BIGINT         NOT NULL,
    description           VARCHAR(1000)  NOT NULL,
    owner_organisation_id BIGINT         NOT NULL,
    theme                 VARCHAR(32)    NOT NULL,
    target_value          DECIMAL(14, 2) NOT NULL,
    unit                  VARCHAR(60)    NOT NULL,
    starts_on             DATE           NOT NULL,
    deadline              DATE           NOT NULL,
    indicator             VARCHAR(300)   NOT NULL,
    created_by            BIGINT         NULL,
    created_at            DATETIME(6)    NOT NULL,
    version               BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_commitment_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id) ON DELETE CASCADE,
    CONSTRAINT fk_commitment_owner FOREIGN KEY (owner_organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_commitment_dates CHECK (deadline >= starts_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE progress_report (
    id            BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    commitment_id BIGINT         NOT NULL,
    value         DECIMAL(14, 2) NOT NULL,
    reported_on   DATE           NOT NULL,
    remark        VARCHAR(1000)  NULL,
    reported_by   BIGINT         NULL,
    created_at    DATETIME(6)    NOT NULL,
    CONSTRAINT fk_progress_commitment FOREIGN KEY (commitment_id) REFERENCES commitment (id) ON DELETE CASCADE,
    CONSTRAINT fk_progress_reported_by FOREIGN KEY (reported_by) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_progress_commitment ON progress_report (commitment_id, reported_on);

CREATE TABLE adoption (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agreement_id       BIGINT       NOT NULL,
    named_version_id   BIGINT       NOT NULL,
    municipality_id    BIGINT       NOT NULL,
    adopted_on         DATE         NOT NULL,
    decision_reference VARCHAR(200) NOT NULL,
    recorded_by        BIGINT       NULL,
    created_at         DATETIME(6)  NOT NULL,
    CONSTRAINT uk_adoption UNIQUE (agreement_id, named_version_id, municipality_id),
    CONSTRAINT fk_adoption_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id) ON DELETE CASCADE,
    CONSTRAINT fk_adoption_version FOREIGN KEY (named_version_id) REFERENCES named_version (id),
    CONSTRAINT fk_adoption_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT fk_adoption_recorded_by FOREIGN KEY (recorded_by) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_entry (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    region_id    BIGINT        NOT NULL,
    agreement_id BIGINT        NULL,
    actor_id     BIGINT        NULL,
    action       VARCHAR(40)   NOT NULL,
    detail       VARCHAR(1000) NULL,
    created_at   DATETIME(6)   NOT NULL,
    CONSTRAINT fk_audit_region FOREIGN KEY (region_id) REFERENCES region (id),
    CONSTRAINT fk_audit_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id) ON DELETE CASCADE,
    CONSTRAINT fk_audit_actor FOREIGN KEY (actor_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_audit_agreement ON audit_entry (agreement_id, created_at);
