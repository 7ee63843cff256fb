-- Regiotafel sessions: meetings, agenda items with themes and attachments, minutes, decisions,
-- action items, attendance; and in-app notifications.
CREATE TABLE meeting (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    region_id         BIGINT       NOT NULL,
    title             VARCHAR(200) NOT NULL,
    sequence_label    VARCHAR(60)  NULL,
    starts_at         DATETIME(6)  NOT NULL,
    ends_at           DATETIME(6)  NOT NULL,
    proposal_deadline DATETIME(6)  NOT NULL,
    location          VARCHAR(300) NULL,
    online_link       VARCHAR(500) NULL,
    status            VARCHAR(24)  NOT NULL,
    created_by        BIGINT       NULL,
    created_at        DATETIME(6)  NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_meeting_region FOREIGN KEY (region_id) REFERENCES region (id),
    CONSTRAINT fk_meeting_created_by FOREIGN KEY (created_by) REFERENCES user_account (id),
    CONSTRAINT ck_meeting_times CHECK (ends_at > starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_meeting_region_start ON meeting (region_id, starts_at);

CREATE TABLE agenda_item (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    meeting_id             BIGINT        NOT NULL,
    title                  VARCHAR(200)  NOT NULL,
    explanation            TEXT          NULL,
    presenter_name         VARCHAR(200)  NULL,
    presenter_organisation VARCHAR(200)  NULL,
    proposed_minutes       INT           NOT NULL,
    duration_minutes       INT           NOT NULL,
    status                 VARCHAR(16)   NOT NULL,
    rejection_reason       VARCHAR(1000) NULL,
    position               INT           NOT NULL,
    minutes_text           TEXT          NULL,
    proposed_by            BIGINT        NULL,
    proposed_at            DATETIME(6)   NOT NULL,
    version                BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_agenda_item_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_agenda_item_proposed_by FOREIGN KEY (proposed_by) REFERENCES user_account (id),
    CONSTRAINT ck_agenda_item_minutes CHECK (duration_minutes BETWEEN 1 AND 240 AND proposed_minutes BETWEEN 1 AND 240)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_agenda_item_meeting ON agenda_item (meeting_id, position);

CREATE TABLE agenda_item_theme (
    agenda_item_id BIGINT      NOT NULL,
    theme          VARCHAR(32) NOT NULL,
    PRIMARY KEY (agenda_item_id, theme),
    CONSTRAINT fk_agenda_item_theme_item FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE attachment (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agenda_item_id BIGINT       NOT NULL,
    original_name  VARCHAR(255) NOT NULL,
    stored_name    VARCHAR(64)  NOT NULL,
    media_type     VARCHAR(120) NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    uploaded_by    BIGINT       NULL,
    uploaded_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uk_attachment_stored_name UNIQUE (stored_name),
    CONSTRAINT fk_attachment_item FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_attachment_uploaded_by FOREIGN KEY (uploaded_by) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE decision (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    meeting_id     BIGINT      NOT NULL,
    number         INT         NOT NULL,
    text           TEXT        NOT NULL,
    theme          VARCHAR(32) NOT NULL,
    agenda_item_id BIGINT      NULL,
    created_by     BIGINT      NULL,
    created_at     DATETIME(6) NOT NULL,
    CONSTRAINT uk_decision_number UNIQUE (meeting_id, number),
    CONSTRAINT fk_decision_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_decision_item FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id) ON DELETE SET NULL,
    CONSTRAINT fk_decision_created_by FOREIGN KEY (created_by) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE action_item (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    region_id             BIGINT        NOT NULL,
    meeting_id            BIGINT        NULL,
    decision_id           BIGINT        NULL,
    agenda_item_id        BIGINT        NULL,
    description           VARCHAR(1000) NOT NULL,
    owner_user_id         BIGINT        NULL,
    owner_organisation_id BIGINT        NULL,
    due_date              DATE          NOT NULL,
    status                VARCHAR(16)   NOT NULL,
    created_by            BIGINT        NULL,
    created_at            DATETIME(6)   NOT NULL,
    updated_at            DATETIME(6)   NOT NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_action_item_region FOREIGN KEY (region_id) REFERENCES region (id),
    CONSTRAINT fk_action_item_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE SET NULL,
    CONSTRAINT fk_action_item_decision FOREIGN KEY (decision_id) REFERENCES decision (id) ON DELETE SET NULL,
    CONSTRAINT fk_action_item_agenda_item FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id) ON DELETE SET NULL,
    CONSTRAINT fk_action_item_owner_user FOREIGN KEY (owner_user_id) REFERENCES user_account (id),
    CONSTRAINT fk_action_item_owner_org FOREIGN KEY (owner_organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_action_item_created_by FOREIGN KEY (created_by) REFERENCES user_account (id),
    CONSTRAINT ck_action_item_owner CHECK (owner_user_id IS NOT NULL OR owner_organisation_id IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_action_item_region_status ON action_item (region_id, status, due_date);
CREATE INDEX ix_action_item_owner_user ON action_item (owner_user_id, status);
CREATE INDEX ix_action_item_owner_org ON action_item (owner_organisation_id, status);

CREATE TABLE attendance (
    meeting_id BIGINT     NOT NULL,
    user_id    BIGINT     NOT NULL,
    rsvp       VARCHAR(8) NULL,
    attended   BOOLEAN    NULL,
    PRIMARY KEY (meeting_id, user_id),
    CONSTRAINT fk_attendance_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_attendance_user FOREIGN KEY (user_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE notification (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id    BIGINT       NOT NULL,
    kind       VARCHAR(32)  NOT NULL,
    subject    VARCHAR(300) NOT NULL,
    link       VARCHAR(300) NULL,
    created_at DATETIME(6)  NOT NULL,
    read_at    DATETIME(6)  NULL,
    CONSTRAINT fk_notification_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_notification_user ON notification (user_id, read_at, created_at);
