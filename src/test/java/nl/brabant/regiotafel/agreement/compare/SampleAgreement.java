package nl.brabant.regiotafel.agreement.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Dutch-looking agreement texts, generated from a seed so every run compares the same versions. */
final class SampleAgreement {

    private static final String[] WORDS = {
        "de",
        "het",
        "een",
        "gemeente",
        "gemeenten",
        "regio",
        "arbeidsmigranten",
        "huisvesting",
        "werkgevers",
        "uitzendbureaus",
        "afspraken",
        "wethouder",
        "college",
        "provincie",
        "Tilburg",
        "Breda",
        "Eindhoven",
        "'s-Hertogenbosch",
        "Oss",
        "registratie",
        "BRP",
        "RNI",
        "één",
        "café",
        "ĳsselmeer",
        "zo'n",
        "auto's",
        "coördinatie",
        "reünie",
        "financiën",
        "samenwerking",
        "handhaving",
        "controle",
        "per",
        "jaar",
        "2026",
        "€",
        "15,50",
        "artikel",
        "lid",
        "**belangrijk**",
        "_zie_",
        "[link](https://example.org)",
        "😀",
        "👩‍👩‍👧",
        "🇳🇱",
        "—",
        "(a)",
        "e.d.",
        "#",
        "x²"
    };
    private static final String[] SEPARATORS = {
        " ", " ", " ", " ", " ", ", ", ". ", "\n", "\n- ", ";\n1. "
    };

    private SampleAgreement() {}

    static List<ArticleText> articles(int count) {
        List<ArticleText> articles = new ArrayList<>();
        for (int id = 1; id <= count; id++) {
            articles.add(
                    new ArticleText(
                            id,
                            "Artikel " + id,
                            "Tekst van artikel " + id + ": de regio spreekt af."));
        }
        return articles;
    }

    static String text(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                text.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
            }
            text.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    /** Replaces, inserts or deletes whole words between spaces. */
    static String edit(Random random, String text, int edits) {
        List<String> words = new ArrayList<>(Arrays.asList(text.split(" ", -1)));
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(words.size());
            switch (random.nextInt(3)) {
                case 0 -> words.set(at, otherWord(random, words.get(at)));
                case 1 -> words.add(at, WORDS[random.nextInt(WORDS.length)]);
                default -> {
                    if (words.size() > 1) {
                        words.remove(at);
                    }
                }
            }
        }
        return String.join(" ", words);
    }

    static List<ArticleText> hundredArticles(Random random) {
        List<ArticleText> articles = new ArrayList<>();
        for (int id = 1; id <= 100; id++) {
            articles.add(
                    new ArticleText(
                            id,
                            "Artikel " + id + " – " + WORDS[random.nextInt(WORDS.length)],
                            text(random, 150)));
        }
        return articles;
    }

    /**
     * Ten articles edited in three words, article 20 and 50 moved far, article 90 removed, one
     * article added.
     */
    static List<ArticleText> reworked(Random random, List<ArticleText> older) {
        List<ArticleText> newer = new ArrayList<>(older);
        for (int id = 3; id <= 48; id += 5) {
            ArticleText article = newer.get(id - 1);
            List<String> words = new ArrayList<>(Arrays.asList(article.body().split(" ", -1)));
            for (int edit = 0; edit < 3; edit++) {
                int at = random.nextInt(words.size());
                words.set(at, otherWord(random, words.get(at)));
            }
            newer.set(id - 1, new ArticleText(id, article.heading(), String.join(" ", words)));
        }
        ArticleText twenty = newer.remove(19);
        newer.add(indexOf(newer, 70) + 1, twenty);
        ArticleText fifty = newer.remove(indexOf(newer, 50));
        newer.add(indexOf(newer, 10), fifty);
        newer.remove(indexOf(newer, 90));
        newer.add(40, new ArticleText(101, "Artikel nieuw – Evaluatie", text(random, 150)));
        return newer;
    }

    private static String otherWord(Random random, String word) {
        String other = WORDS[random.nextInt(WORDS.length)];
        return other.equals(word) ? other + "s" : other;
    }

    private static int indexOf(List<ArticleText> articles, long id) {
        for (int i = 0; i < articles.size(); i++) {
            if (articles.get(i).articleId() == id) {
                return i;
            }
        }
        throw new IllegalArgumentException("No article " + id);
    }
}
