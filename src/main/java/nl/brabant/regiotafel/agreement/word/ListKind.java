package nl.brabant.regiotafel.agreement.word;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** Whether a paragraph is a list item, which kind, and how deep (0 is the outer list). */
record ListKind(boolean ordered, int level) {

    /** Null for a paragraph that is no list item. */
    static ListKind of(XWPFParagraph p) {
        if (p.getNumID() != null) {
            String format = p.getNumFmt();
            if ("none".equals(format)) {
                return null;
            }
            int level = p.getNumIlvl() == null ? 0 : p.getNumIlvl().intValue();
            return new ListKind(!"bullet".equals(format), Math.max(0, level));
        }
        int bullet = HeadingStyles.listStyleLevel(p, false);
        if (bullet != HeadingStyles.NONE) {
            return new ListKind(false, bullet);
        }
        int number = HeadingStyles.listStyleLevel(p, true);
        return number == HeadingStyles.NONE ? null : new ListKind(true, number);
    }
}
