package nl.brabant.regiotafel.agreement.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import nl.brabant.regiotafel.agreement.compare.ArticleChange.Kind;
import nl.brabant.regiotafel.agreement.compare.Segment.Type;
import org.junit.jupiter.api.Test;

class AgreementComparatorTest {

    private final AgreementComparator comparator = new AgreementComparator();

    @Test
    void identicalVersionsAreUnchanged() {
        List<ArticleText> version = SampleAgreement.articles(4);

        Comparison comparison = comparator.compare(version, List.copyOf(version));

        assertThat(comparison.articles())
                .extracting(ArticleChange::kind)
                .containsOnly(Kind.UNCHANGED)
                .hasSize(4);
        assertThat(comparison.articles())
                .extracting(ArticleChange::oldPosition)
                .containsExactly(1, 2, 3, 4);
        assertThat(comparison.articles())
                .extracting(ArticleChange::newPosition)
                .containsExactly(1, 2, 3, 4);
        assertThat(comparison.articles().get(1).bodyDiff())
                .containsExactly(new Segment(Type.SAME, version.get(1).body()));
        assertThat(comparison.wordsAdded()).isZero();
        assertThat(comparison.wordsRemoved()).isZero();
    }

    @Test
    void oneChangedWordIsOneRemovedAndOneAddedSegment() {
        List<ArticleText> older =
                List.of(
                        new ArticleText(1, "Doel", "De regio werkt samen."),
                        new ArticleText(
                                2,
                                "Gegevens",
                                "De gemeenten delen gegevens over huisvesting, elk kwartaal."));
        List<ArticleText> newer =
                List.of(
                        older.get(0),
                        new ArticleText(
                                2,
                                "Gegevens",
                                "De gemeenten delen cijfers over huisvesting, elk kwartaal."));

        Comparison comparison = comparator.compare(older, newer);

        assertThat(comparison.articles())
                .extracting(ArticleChange::kind)
                .containsExactly(Kind.UNCHANGED, Kind.CHANGED);
        ArticleChange changed = comparison.articles().get(1);
        assertThat(changed.bodyDiff())
                .containsExactly(
                        new Segment(Type.SAME, "De gemeenten delen "),
                        new Segment(Type.REMOVED, "gegevens"),
                        new Segment(Type.ADDED, "cijfers"),
                        new Segment(Type.SAME, " over huisvesting, elk kwartaal."));
        assertThat(changed.headingDiff()).containsExactly(new Segment(Type.SAME, "Gegevens"));
        assertThat(comparison.wordsAdded()).isEqualTo(1);
        assertThat(comparison.wordsRemoved()).isEqualTo(1);
    }

    @Test
    void articleInsertedAtTheTopMovesNothing() {
        List<ArticleText> older = SampleAgreement.articles(3);
        List<ArticleText> newer = new ArrayList<>(older);
        newer.addFirst(
                new ArticleText(99, "Begrippen", "Arbeidsmigrant: wie hier tijdelijk werkt."));

        Comparison comparison = comparator.compare(older, newer);

        assertThat(comparison.articles())
                .extracting(
                        ArticleChange::articleId,
                        ArticleChange::kind,
                        ArticleChange::oldPosition,
                        ArticleChange::newPosition)
                .containsExactly(
                        tuple(99L, Kind.ADDED, null, 1), tuple(1L, Kind.UNCHANGED, 1, 2),
                        tuple(2L, Kind.UNCHANGED, 2, 3), tuple(3L, Kind.UNCHANGED, 3, 4));
        assertThat(comparison.articles().getFirst().bodyDiff())
                .containsExactly(
                        new Segment(Type.ADDED, "Arbeidsmigrant: wie hier tijdelijk werkt."));
        assertThat(comparison.wordsAdded()).isEqualTo(1 + 5);
        assertThat(comparison.wordsRemoved()).isZero();
    }

    @Test
    void removedArticleStaysWhereItStood() {
        List<ArticleText> older = SampleAgreement.articles(5);
        List<ArticleText> newer = List.of(older.get(1), older.get(3), older.get(4));

        Comparison comparison = comparator.compare(older, newer);

        assertThat(comparison.articles())
                .extracting(
                        ArticleChange::articleId,
                        ArticleChange::kind,
                        ArticleChange::oldPosition,
                        ArticleChange::newPosition)
                .containsExactly(
                        tuple(1L, Kind.REMOVED, 1, null),
                        tuple(2L, Kind.UNCHANGED, 2, 1),
                        tuple(3L, Kind.REMOVED, 3, null),
                        tuple(4L, Kind.UNCHANGED, 4, 2),
                        tuple(5L, Kind.UNCHANGED, 5, 3));
        ArticleChange removed = comparison.articles().get(2);
        assertThat(removed.newHeading()).isNull();
        assertThat(removed.bodyDiff())
                .containsExactly(new Segment(Type.REMOVED, older.get(2).body()));
        assertThat(comparison.wordsAdded()).isZero();
        assertThat(comparison.wordsRemoved()).isPositive();
    }

    @Test
    void swappingTwoArticlesMovesOnlyThoseTwo() {
        List<ArticleText> older = SampleAgreement.articles(6);
        List<ArticleText> newer =
                List.of(
                        older.get(0),
                        older.get(4),
                        older.get(2),
                        older.get(3),
                        older.get(1),
                        older.get(5));

        Comparison comparison = comparator.compare(older, newer);

        assertThat(comparison.articles())
                .extracting(ArticleChange::articleId, ArticleChange::kind)
                .containsExactly(
                        tuple(1L, Kind.UNCHANGED),
                        tuple(5L, Kind.MOVED),
                        tuple(3L, Kind.UNCHANGED),
                        tuple(4L, Kind.UNCHANGED),
                        tuple(2L, Kind.MOVED),
                        tuple(6L, Kind.UNCHANGED));
        assertThat(comparison.articles().get(1).oldPosition()).isEqualTo(5);
        assertThat(comparison.articles().get(1).newPosition()).isEqualTo(2);
        assertThat(comparison.wordsAdded()).isZero();
    }

    @Test
    void movedAndEditedArticle() {
        List<ArticleText> older = SampleAgreement.articles(4);
        ArticleText first = older.getFirst();
        List<ArticleText> newer =
                List.of(
                        older.get(1),
                        older.get(2),
                        older.get(3),
                        new ArticleText(
                                1, first.heading(), first.body() + " Dit geldt vanaf 2027."));

        Comparison comparison = comparator.compare(older, newer);

        assertThat(comparison.articles())
                .extracting(ArticleChange::kind)
                .containsExactly(
                        Kind.UNCHANGED, Kind.UNCHANGED, Kind.UNCHANGED, Kind.MOVED_AND_CHANGED);
        assertThat(comparison.articles().getLast().bodyDiff())
                .containsExactly(
                        new Segment(Type.SAME, first.body()),
                        new Segment(Type.ADDED, " Dit geldt vanaf 2027."));
        assertThat(comparison.wordsAdded()).isEqualTo(4);
    }

    @Test
    void headingOnlyChange() {
        List<ArticleText> older =
                List.of(new ArticleText(7, "Artikel 7 – Huisvesting", "Tekst blijft gelijk."));
        List<ArticleText> newer =
                List.of(new ArticleText(7, "Artikel 7 – Goed wonen", "Tekst blijft gelijk."));

        ArticleChange change = comparator.compare(older, newer).articles().getFirst();

        assertThat(change.kind()).isEqualTo(Kind.CHANGED);
        assertThat(change.oldHeading()).isEqualTo("Artikel 7 – Huisvesting");
        assertThat(change.newHeading()).isEqualTo("Artikel 7 – Goed wonen");
        assertThat(change.headingDiff())
                .containsExactly(
                        new Segment(Type.SAME, "Artikel 7 – "),
                        new Segment(Type.REMOVED, "Huisvesting"),
                        new Segment(Type.ADDED, "Goed wonen"));
        assertThat(change.bodyDiff())
                .containsExactly(new Segment(Type.SAME, "Tekst blijft gelijk."));
    }

    @Test
    void markdownIsComparedAsTextAndDutchWordsStayWhole() {
        List<ArticleText> older =
                List.of(
                        new ArticleText(
                                1, null, "- **Eén** loket voor auto's in 's-Hertogenbosch"));
        List<ArticleText> newer =
                List.of(
                        new ArticleText(
                                1, null, "- **Twee** loketten voor auto's in 's-Hertogenbosch"));

        ArticleChange change = comparator.compare(older, newer).articles().getFirst();

        assertThat(change.bodyDiff())
                .containsExactly(
                        new Segment(Type.SAME, "- **"),
                        new Segment(Type.REMOVED, "Eén"),
                        new Segment(Type.ADDED, "Twee"),
                        new Segment(Type.SAME, "** "),
                        new Segment(Type.REMOVED, "loket"),
                        new Segment(Type.ADDED, "loketten"),
                        new Segment(Type.SAME, " voor auto's in 's-Hertogenbosch"));
    }

    @Test
    void emojiAreNeverSplit() {
        List<ArticleText> older =
                List.of(new ArticleText(1, "Welkom 😀", "Gezin 👩‍👩‍👧 en vlag 🇳🇱 samen."));
        List<ArticleText> newer =
                List.of(new ArticleText(1, "Welkom 😃", "Gezin 👩‍👩‍👦 en vlag 🇧🇪 samen."));

        Comparison comparison = comparator.compare(older, newer);
        ArticleChange change = comparison.articles().getFirst();

        assertThat(change.headingDiff())
                .containsExactly(
                        new Segment(Type.SAME, "Welkom "),
                        new Segment(Type.REMOVED, "😀"),
                        new Segment(Type.ADDED, "😃"));
        assertThat(change.bodyDiff())
                .extracting(Segment::type, Segment::text)
                .containsExactly(
                        tuple(Type.SAME, "Gezin "),
                        tuple(Type.REMOVED, "👩‍👩‍👧"),
                        tuple(Type.ADDED, "👩‍👩‍👦"),
                        tuple(Type.SAME, " en vlag "),
                        tuple(Type.REMOVED, "🇳🇱"),
                        tuple(Type.ADDED, "🇧🇪"),
                        tuple(Type.SAME, " samen."));
        assertThat(comparison.wordsAdded()).isZero();
    }

    @Test
    void nullTextsCountAsEmpty() {
        List<ArticleText> older =
                List.of(
                        new ArticleText(1, null, null),
                        new ArticleText(2, "Kop", null),
                        new ArticleText(3, null, ""));
        List<ArticleText> newer =
                List.of(
                        new ArticleText(1, null, null),
                        new ArticleText(2, "Kop", "Nieuwe tekst."),
                        new ArticleText(3, "", null));

        Comparison comparison = comparator.compare(older, newer);

        assertThat(comparison.articles())
                .extracting(ArticleChange::kind)
                .containsExactly(Kind.UNCHANGED, Kind.CHANGED, Kind.UNCHANGED);
        assertThat(comparison.articles().get(0).bodyDiff()).isEmpty();
        assertThat(comparison.articles().get(1).bodyDiff())
                .containsExactly(new Segment(Type.ADDED, "Nieuwe tekst."));
        assertThat(comparison.wordsAdded()).isEqualTo(2);
    }

    @Test
    void emptyVersionsAndDuplicateIds() {
        assertThat(comparator.compare(List.of(), List.of()).articles()).isEmpty();
        assertThat(comparator.compare(List.of(), SampleAgreement.articles(2)).articles())
                .extracting(ArticleChange::kind)
                .containsExactly(Kind.ADDED, Kind.ADDED);
        List<ArticleText> twice =
                List.of(new ArticleText(1, "a", "b"), new ArticleText(1, "c", "d"));
        assertThatThrownBy(() -> comparator.compare(twice, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void segmentsJoinBackToBothTexts() {
        Random random = new Random(20260312L);
        for (int round = 0; round < 300; round++) {
            String older = SampleAgreement.text(random, 1 + random.nextInt(40));
            String newer = SampleAgreement.edit(random, older, 1 + random.nextInt(6));

            WordDiff.Result diff = WordDiff.between(older, newer);

            assertThat(joined(diff.segments(), Type.REMOVED)).isEqualTo(newer);
            assertThat(joined(diff.segments(), Type.ADDED)).isEqualTo(older);
            for (int i = 0; i < diff.segments().size(); i++) {
                Segment segment = diff.segments().get(i);
                assertThat(segment.text()).isNotEmpty();
                assertThat(Character.isLowSurrogate(segment.text().charAt(0))).isFalse();
                assertThat(
                                Character.isHighSurrogate(
                                        segment.text().charAt(segment.text().length() - 1)))
                        .isFalse();
                if (i > 0) {
                    assertThat(segment.type()).isNotEqualTo(diff.segments().get(i - 1).type());
                }
            }
        }
    }

    @Test
    void compareHundredArticles() {
        List<ArticleText> older = SampleAgreement.hundredArticles(new Random(42));
        List<ArticleText> newer = SampleAgreement.reworked(new Random(43), older);

        Comparison comparison = null;
        for (int i = 0; i < 20; i++) {
            comparison = comparator.compare(older, newer);
        }
        long[] nanos = new long[50];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            comparison = comparator.compare(older, newer);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(
                "AgreementComparator, 100 articles of ~150 words: median %.2f ms, p95 %.2f ms%n",
                nanos[nanos.length / 2] / 1e6,
                nanos[(int) Math.ceil(nanos.length * 0.95) - 1] / 1e6);

        assertThat(comparison.articles()).hasSize(101);
        assertThat(comparison.articles()).filteredOn(a -> a.kind() == Kind.CHANGED).hasSize(10);
        assertThat(comparison.articles()).filteredOn(a -> a.kind() == Kind.MOVED).hasSize(2);
        assertThat(comparison.articles()).filteredOn(a -> a.kind() == Kind.ADDED).hasSize(1);
        assertThat(comparison.articles()).filteredOn(a -> a.kind() == Kind.REMOVED).hasSize(1);
        assertThat(comparison.articles()).filteredOn(a -> a.kind() == Kind.UNCHANGED).hasSize(87);
        assertThat(comparison.wordsAdded()).isPositive();
        assertThat(comparison.wordsRemoved()).isPositive();
    }

    private static String joined(List<Segment> segments, Type left) {
        StringBuilder text = new StringBuilder();
        segments.stream()
                .filter(segment -> segment.type() != left)
                .forEach(segment -> text.append(segment.text()));
        return text.toString();
    }
}
