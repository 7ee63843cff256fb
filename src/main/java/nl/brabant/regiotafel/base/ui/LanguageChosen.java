package nl.brabant.regiotafel.base.ui;

import java.util.Locale;

/** A signed-in person switched the application to {@code locale}; the account keeps it for the next sign-in. */
public record LanguageChosen(String username, Locale locale) {}
