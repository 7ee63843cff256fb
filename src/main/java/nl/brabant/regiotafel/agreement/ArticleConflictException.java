package nl.brabant.regiotafel.agreement;

import nl.brabant.regiotafel.base.UserInputException;

/**
 * Someone saved the article after the editor started from {@code baseRevision}. Nothing of the
 * editor's text is lost: it is kept in the history as revision {@code keptAsRevision}, and both
 * texts travel with this exception so the editor can merge, keep theirs or keep mine.
 */
public class ArticleConflictException extends UserInputException {

    private final transient ArticleRow theirs;
    private final String myHeading;
    private final String myBody;
    private final String theirAuthor;
    private final long keptAsRevision;

    ArticleConflictException(
            ArticleRow theirs,
            String theirAuthor,
            String myHeading,
            String myBody,
            long keptAsRevision) {
        super("agreement.error.conflict", theirAuthor);
        this.theirs = theirs;
        this.theirAuthor = theirAuthor;
        this.myHeading = myHeading;
        this.myBody = myBody;
        this.keptAsRevision = keptAsRevision;
    }

    public ArticleRow theirs() {
        return theirs;
    }

    public String theirAuthor() {
        return theirAuthor;
    }

    public String myHeading() {
        return myHeading;
    }

    public String myBody() {
        return myBody;
    }

    public long keptAsRevision() {
        return keptAsRevision;
    }
}
