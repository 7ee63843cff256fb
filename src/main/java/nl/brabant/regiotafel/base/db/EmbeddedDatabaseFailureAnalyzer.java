package nl.brabant.regiotafel.base.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a failed embedded database start into a short message instead of a stack trace. */
class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Delete the folder ./data to start with an empty database, or set SPRING_DATASOURCE_URL "
                        + "to use an external MariaDB.",
                cause);
    }
}
