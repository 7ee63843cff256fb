package nl.brabant.regiotafel.agreement.word;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import nl.brabant.regiotafel.base.UserInputException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.springframework.stereotype.Component;

/**
 * Reads a Word draft into the articles it would become. The top heading level in use makes the
 * articles (Heading 1 / Kop 1, else Heading 2, else the Title style, else bold "Artikel N" lines);
 * everything under one becomes its Markdown text. Refuses what cannot be read safely or would not
 * fit the article rules, with a message key; nothing is stored here.
 */
@Component
public class DocxReader {

    public static final int MAX_BYTES = DocxGate.MAX_BYTES;
    static final int MAX_PARAGRAPHS = 20_000;
    static final int MAX_ARTICLES = 500;
    static final int MAX_HEADING = 300;
    static final int MAX_BODY = 50_000;

    public WordImport read(String fileName, byte[] bytes) {
        try (XWPFDocument document = DocxGate.open(bytes)) {
            List<IBodyElement> body = document.getBodyElements();
            if (paragraphs(body) > MAX_PARAGRAPHS) {
                throw new UserInputException("word.error.tooManyParagraphs", MAX_PARAGRAPHS);
            }
            DroppedCounter dropped = new DroppedCounter();
            List<WordImport.Article> articles = new ArticleBuilder(body, dropped).build();
            check(articles);
            return new WordImport(fileName, articles, dropped.list());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void check(List<WordImport.Article> articles) {
        if (articles.isEmpty()) {
            throw new UserInputException("word.error.noHeadings");
        }
        if (articles.size() > MAX_ARTICLES) {
            throw new UserInputException("word.error.tooManyArticles", MAX_ARTICLES);
        }
        for (int i = 0; i < articles.size(); i++) {
            WordImport.Article a = articles.get(i);
            if (a.heading().length() > MAX_HEADING) {
                throw new UserInputException("word.error.headingTooLong", i + 1, MAX_HEADING);
            }
            if (a.body() != null && a.body().length() > MAX_BODY) {
                throw new UserInputException(
                        "word.error.bodyTooLong", i + 1, a.heading(), MAX_BODY);
            }
        }
    }

    /** Paragraphs of the body and of its tables, down to tables in tables. */
    private static int paragraphs(List<IBodyElement> elements) {
        int count = 0;
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph) {
                count++;
            } else if (element instanceof XWPFTable table) {
                for (var row : table.getRows()) {
                    for (var cell : row.getTableCells()) {
                        count += paragraphs(cell.getBodyElements());
                    }
                }
            }
            if (count > MAX_PARAGRAPHS) {
                return count;
            }
        }
        return count;
    }
}
