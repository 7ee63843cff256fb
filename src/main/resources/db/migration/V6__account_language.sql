-- The language a person last chose in the application ('nl' or 'en'); NULL until they choose one.
ALTER TABLE user_account ADD COLUMN language VARCHAR(8) NULL;
