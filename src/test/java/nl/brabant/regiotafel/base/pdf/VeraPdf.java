package nl.brabant.regiotafel.base.pdf;

import java.io.ByteArrayInputStream;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Checks a PDF with veraPDF, the open validator that the PDF Association and the Open Preservation
 * Foundation maintain, against one profile (PDF/A-2u, PDF/UA-1), and says which rules failed.
 */
public final class VeraPdf {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {}

    /**
     * What veraPDF found: whether the file complies, and per failed rule ("6.2.11.4.1-1") how often
     * and what it asks.
     */
    public record Verdict(PDFAFlavour flavour, boolean compliant, Map<String, String> failures) {

        public Set<String> failedRules() {
            return failures.keySet();
        }

        @Override
        public String toString() {
            return "veraPDF "
                    + flavour.getId()
                    + ": "
                    + (compliant
                            ? "compliant"
                            : "NOT compliant\n"
                                    + failures.entrySet().stream()
                                            .map(e -> "  " + e.getKey() + " " + e.getValue())
                                            .collect(Collectors.joining("\n")));
        }
    }

    public static Verdict check(byte[] pdf, PDFAFlavour flavour) {
        try (PDFAParser parser =
                Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            ValidationResult result = validator.validate(parser);
            return new Verdict(flavour, result.isCompliant(), failures(result));
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not read the file", e);
        }
    }

    /** "6.2.11.4.1-1" to "(3×): The font programs for all fonts used ... shall be embedded". */
    private static Map<String, String> failures(ValidationResult result) {
        Map<String, String> messages = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        result.getTestAssertions().stream()
                .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                .sorted(Comparator.comparing(a -> a.getRuleId().getClause()))
                .forEach(
                        a -> {
                            String rule =
                                    a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber();
                            messages.putIfAbsent(rule, a.getMessage());
                            counts.merge(rule, 1, Integer::sum);
                        });
        Map<String, String> failures = new LinkedHashMap<>();
        messages.forEach(
                (rule, message) -> failures.put(rule, "(" + counts.get(rule) + "×): " + message));
        return failures;
    }
}
