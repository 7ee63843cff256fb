package nl.brabant.regiotafel.agreement.word;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Word's list numbering for one document: one bullet definition shared by all bullet lists, and a
 * definition of its own for every numbered list, so that each one starts again at 1.
 */
final class DocxLists {

    private static final String[] BULLETS = {"•", "◦", "▪"};
    private static final int LEVELS = 9;

    private final XWPFNumbering numbering;
    private BigInteger bullets;

    DocxLists(XWPFDocument document) {
        this.numbering = document.createNumbering();
    }

    BigInteger bullets() {
        if (bullets == null) {
            bullets = define(false);
        }
        return bullets;
    }

    BigInteger newNumbered() {
        return define(true);
    }

    private BigInteger define(boolean ordered) {
        CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
        // POI stores a copy before it numbers the definition, so the number is set here first.
        definition.setAbstractNumId(BigInteger.valueOf(numbering.getAbstractNums().size()));
        for (int level = 0; level < LEVELS; level++) {
            CTLvl lvl = definition.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(ordered ? STNumberFormat.DECIMAL : STNumberFormat.BULLET);
            lvl.addNewLvlText()
                    .setVal(ordered ? "%" + (level + 1) + "." : BULLETS[level % BULLETS.length]);
            var indent = lvl.addNewPPr().addNewInd();
            indent.setLeft(BigInteger.valueOf(425L * (level + 1)));
            indent.setHanging(BigInteger.valueOf(357));
        }
        BigInteger abstractId =
                numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering));
        return numbering.addNum(abstractId);
    }
}
