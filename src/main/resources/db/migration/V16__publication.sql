-- Woo publication (issue 14 item 3): confidentiality flags, CBS codes, published items.

ALTER TABLE agenda_item ADD COLUMN confidential BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE attachment ADD COLUMN confidential BOOLEAN NOT NULL DEFAULT FALSE;

-- The CBS municipality code (GMxxxx), filled only where an official CBS list gives it; the public
-- feed builds TOOI identifiers from it and leaves a municipality without one out. Sources: CBS
-- StatLine "Gebieden in Nederland" 2022 (85067NED: Eindhoven GM0772), 2020 (84721NED:
-- 's-Hertogenbosch GM0796) and 2017 (83553NED: Meierijstad GM1948). No complete official list
-- was available while this was written; the others stay empty rather than guessed.
ALTER TABLE municipality ADD COLUMN cbs_code CHAR(6) NULL;
UPDATE municipality SET cbs_code = 'GM0772' WHERE name = 'Eindhoven';
UPDATE municipality SET cbs_code = 'GM0796' WHERE name = '''s-Hertogenbosch';
UPDATE municipality SET cbs_code = 'GM1948' WHERE name = 'Meierijstad';

-- A published item: a snapshot of the public version, made when it was published, so the public
-- site never reads the working data. Rows are never deleted: a withdrawal keeps who, when and why.
CREATE TABLE publication (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    public_id         CHAR(16)      NOT NULL,
    region_id         BIGINT        NOT NULL,
    region_code       VARCHAR(8)    NOT NULL,
    region_name       VARCHAR(120)  NOT NULL,
    kind              VARCHAR(16)   NOT NULL,
    source_id         BIGINT        NOT NULL,
    title             VARCHAR(300)  NOT NULL,
    document_date     DATE          NOT NULL,
    organisations     VARCHAR(4000) NOT NULL,
    file_name         VARCHAR(200)  NOT NULL,
    pdf               LONGBLOB      NOT NULL,
    published_at      DATETIME(6)   NOT NULL,
    published_by      BIGINT        NOT NULL,
    published_by_name VARCHAR(200)  NOT NULL,
    withdrawn_at      DATETIME(6)   NULL,
    withdrawn_by      BIGINT        NULL,
    withdrawn_by_name VARCHAR(200)  NULL,
    withdrawal_reason VARCHAR(1000) NULL,
    CONSTRAINT uk_publication_public_id UNIQUE (public_id),
    CONSTRAINT fk_publication_region FOREIGN KEY (region_id) REFERENCES region (id),
    INDEX ix_publication_region (region_id, withdrawn_at, document_date),
    INDEX ix_publication_source (kind, source_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The lines the public page shows: agenda items, decisions, adoptions per municipality.
CREATE TABLE publication_line (
    publication_id BIGINT       NOT NULL,
    position       INT          NOT NULL,
    label          VARCHAR(200) NULL,
    text           TEXT         NOT NULL,
    PRIMARY KEY (publication_id, position),
    CONSTRAINT fk_publication_line FOREIGN KEY (publication_id) REFERENCES publication (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
