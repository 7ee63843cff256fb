-- Calendar invitations: the SEQUENCE of the meeting's iCalendar event, raised when its time or
-- place changes or it is cancelled, so that Outlook and Google Calendar take the newest version.
ALTER TABLE meeting ADD COLUMN calendar_sequence INT NOT NULL DEFAULT 0;

-- How each person wants to hear of each kind of notification; no row means IMMEDIATE.
CREATE TABLE notification_preference (
    user_id  BIGINT      NOT NULL,
    kind     VARCHAR(32) NOT NULL,
    delivery VARCHAR(16) NOT NULL,
    PRIMARY KEY (user_id, kind),
    CONSTRAINT fk_notification_preference_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A notification waiting for a digest carries DAILY or WEEKLY until a digest took it (digested_at),
-- so a digest never repeats one and one missed while the application was down is sent at start-up.
-- region_name groups the digest's lines; NULL for notifications outside a region.
ALTER TABLE notification
    ADD COLUMN region_name VARCHAR(200) NULL,
    ADD COLUMN digest      VARCHAR(16)  NULL,
    ADD COLUMN digested_at DATETIME(6)  NULL;
CREATE INDEX ix_notification_digest ON notification (digest, digested_at, user_id);

-- The key that signs the unsubscribe links in digests (HMAC-SHA256), made once on first use.
CREATE TABLE notification_signing_key (
    id     TINYINT       NOT NULL PRIMARY KEY,
    secret VARBINARY(32) NOT NULL
) ENGINE = InnoDB;
