-- The province monitor: each municipality's labour-migration policy framework over time, and the
-- number of regiotafels each region plans per year.
CREATE TABLE policy_framework_status (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    municipality_id BIGINT       NOT NULL,
    status          VARCHAR(24)  NOT NULL,
    valid_from      DATE         NOT NULL,
    note            VARCHAR(500) NULL,
    recorded_by     BIGINT       NULL,
    recorded_at     DATETIME(6)  NOT NULL,
    CONSTRAINT fk_policy_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT fk_policy_recorded_by FOREIGN KEY (recorded_by) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_policy_municipality ON policy_framework_status (municipality_id, valid_from);

CREATE TABLE region_monitor_setting (
    region_id                 BIGINT NOT NULL PRIMARY KEY,
    planned_meetings_per_year INT    NOT NULL,
    CONSTRAINT fk_monitor_setting_region FOREIGN KEY (region_id) REFERENCES region (id),
    CONSTRAINT ck_monitor_setting_planned CHECK (planned_meetings_per_year BETWEEN 0 AND 52)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
