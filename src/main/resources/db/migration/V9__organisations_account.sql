-- A new e-mail address waits here until the link sent to it is followed (the link's token also
-- carries it, as its payload; both must agree).
ALTER TABLE user_account ADD COLUMN pending_email VARCHAR(254) NULL;
