package nl.brabant.regiotafel.agreement.compare;

import java.util.List;

/**
 * Every article of both versions in the newer document order, and how many words came and went in
 * total.
 */
public record Comparison(List<ArticleChange> articles, int wordsAdded, int wordsRemoved) {

    public Comparison {
        articles = List.copyOf(articles);
    }
}
